// Symbol normalisation of blocks: the first symbol seen becomes 0, the next new one 1, ... (ctm-formalism "symmetries").

/** Normalises a digit string (e.g. "1102" -> "0012"). */
export function normalizeBlock(text: string): string {
  const map = new Int8Array(10).fill(-1);
  let next = 0;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (map[d]! < 0) map[d] = next++;
    out += String(map[d]);
  }
  return out;
}

/** Number of distinct symbols in a digit string. */
export function distinctSymbols(text: string): number {
  return new Set(text).size;
}
