// Incremental BDM deltas from block occurrences (Zenil et al., Algorithmic Information Dynamics, iScience 2019).
import type { BlockCounts } from "../bdm/blockCounts.js";
import { blockDigits } from "../bdm/blockCounts.js";
import { type CtmView, requireShape, type ShapeCtm } from "../bdm/shapeCtm.js";
import { normalizeBlock } from "../ctm/normalizeBlock.js";

/** One block occurrence: its shape and the flat indices of its cells in row-major block order. */
export interface Occurrence {
  readonly shape: string;
  readonly cells: readonly number[];
}

export interface Perturbation {
  readonly bdm: number;
  /** delta[i] = BDM(X with element i changed) - BDM(X) (pybdm's sign: new minus old). */
  readonly delta: Float64Array;
  /** The symbol each element was changed to: 1 - x for k = 2, (x + 1) mod k otherwise. */
  readonly changedTo: Uint8Array;
}

/**
 * Counts are computed once; changing element i only touches the occurrences that cover it, so each delta costs
 * O(occurrences covering i) lookups instead of a full recomputation.
 */
export function perturbOccurrences(
  x: Uint8Array,
  occ: readonly Occurrence[],
  counts: BlockCounts,
  view: CtmView,
  log: (n: number) => number,
): Perturbation {
  const k = view.symbols;
  const n = x.length;
  const ctmCache = new Map<string, number>();
  const ctmOf = (shape: ShapeCtm, code: number): number => {
    const key = `${shape.shape}:${code}`;
    let v = ctmCache.get(key);
    if (v === undefined) {
      v = shape.values.get(normalizeBlock(blockDigits(code, shape.cells, k))) ?? shape.missing;
      ctmCache.set(key, v);
    }
    return v;
  };
  let bdm = 0;
  for (const [shapeKey, blocks] of counts) {
    const shape = requireShape(view, shapeKey);
    for (const [code, c] of blocks) bdm += ctmOf(shape, code) + log(c);
  }
  const shapes = occ.map((b) => requireShape(view, b.shape));
  const codes = occ.map((b) => b.cells.reduce((code, cell) => code * k + x[cell]!, 0));
  // For each element, the occurrences covering it and its place value there (summed when a short cyclic input wraps
  // into the same block more than once).
  const covering: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  occ.forEach((b, idx) => {
    b.cells.forEach((cell, j) => {
      const m = covering[cell]!;
      m.set(idx, (m.get(idx) ?? 0) + k ** (b.cells.length - 1 - j));
    });
  });
  const delta = new Float64Array(n);
  const changedTo = new Uint8Array(n);
  const touched = new Map<string, { shape: ShapeCtm; code: number; change: number }>();
  const bump = (shape: ShapeCtm, code: number, change: number): void => {
    const key = `${shape.shape}:${code}`;
    const t = touched.get(key);
    if (t === undefined) touched.set(key, { shape, code, change });
    else t.change += change;
  };
  const term = (shape: ShapeCtm, code: number, c: number): number =>
    c > 0 ? ctmOf(shape, code) + log(c) : 0;
  for (let i = 0; i < n; i++) {
    const to = k === 2 ? 1 - x[i]! : (x[i]! + 1) % k;
    changedTo[i] = to;
    touched.clear();
    for (const [idx, place] of covering[i]!) {
      bump(shapes[idx]!, codes[idx]!, -1);
      bump(shapes[idx]!, codes[idx]! + (to - x[i]!) * place, +1);
    }
    let d = 0;
    for (const t of touched.values()) {
      if (t.change === 0) continue;
      const c = counts.get(t.shape.shape)?.get(t.code) ?? 0;
      d += term(t.shape, t.code, c + t.change) - term(t.shape, t.code, c);
    }
    delta[i] = d;
  }
  return { bdm, delta, changedTo };
}

/** The information signature: elements sorted by their contribution -delta (largest first), ties by index. */
export function informationSignature(p: Perturbation): { index: number; information: number }[] {
  return Array.from(p.delta, (d, index) => ({ index, information: d === 0 ? 0 : -d })).sort(
    (a, b) => b.information - a.information || a.index - b.index,
  );
}
