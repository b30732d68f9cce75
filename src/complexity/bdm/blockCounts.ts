// The count stage: unique raw blocks per shape with their multiplicities (pybdm's count_blocks; docs/ctm.md "BDM").

/** Shape key ("12", "4x4") to raw block code (base-k digits, row-major) to multiplicity. */
export type BlockCounts = Map<string, Map<number, number>>;

export function shapeKey(rows: number, cols: number, ndim: 1 | 2): string {
  return ndim === 1 ? String(cols) : `${rows}x${cols}`;
}

export function shapeCells(shape: string): number {
  const x = shape.indexOf("x");
  return x < 0 ? Number(shape) : Number(shape.slice(0, x)) * Number(shape.slice(x + 1));
}

export function addBlock(counts: BlockCounts, shape: string, code: number, times = 1): void {
  let m = counts.get(shape);
  if (m === undefined) {
    m = new Map();
    counts.set(shape, m);
  }
  m.set(code, (m.get(code) ?? 0) + times);
}

/** Merges b into a (partial counts of chunks of one dataset add up exactly). */
export function mergeBlockCounts(a: BlockCounts, b: BlockCounts): BlockCounts {
  for (const [shape, m] of b) for (const [code, n] of m) addBlock(a, shape, code, n);
  return a;
}

/** The digits of a block code, row-major, as a string of cells. */
export function blockDigits(code: number, cells: number, symbols: number): string {
  const digits = new Array<string>(cells);
  let v = code;
  for (let i = cells - 1; i >= 0; i--) {
    digits[i] = String(v % symbols);
    v = Math.floor(v / symbols);
  }
  return digits.join("");
}

/** The block as users see it: digits in 1-D, rows joined by "-" in 2-D. */
export function blockText(code: number, shape: string, symbols: number): string {
  const cells = shapeCells(shape);
  const digits = blockDigits(code, cells, symbols);
  const x = shape.indexOf("x");
  if (x < 0) return digits;
  const cols = Number(shape.slice(x + 1));
  const rows: string[] = [];
  for (let r = 0; r < cells / cols; r++) rows.push(digits.slice(r * cols, (r + 1) * cols));
  return rows.join("-");
}
