// Numeric keys for output strings: base-k digits under a leading 1, exact below 2^53 (docs/ctm.md "Enumeration").

/** The widest output whose key stays below 2^53 for k symbols (2 k^w <= 2^53). */
export function maxKeyWidth(symbols: number): number {
  let w = 0;
  while (2 * symbols ** (w + 1) <= 2 ** 53) w++;
  return w;
}

/** The key of a digit string: 1 followed by its base-k digits. */
export function encodeOutputKey(text: string, symbols: number): number {
  let v = 1;
  for (let i = 0; i < text.length; i++) v = v * symbols + (text.charCodeAt(i) - 48);
  return v;
}

/** The digit string of a key made by encodeOutputKey. */
export function decodeOutputKey(key: number, symbols: number): string {
  const digits: number[] = [];
  let v = key;
  while (v > 1) {
    digits.push(v % symbols);
    v = Math.floor(v / symbols);
  }
  return digits.reverse().join("");
}
