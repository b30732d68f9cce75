// Perturbation analysis (Zenil et al., Algorithmic Information Dynamics, iScience 2019): BDM change per flipped element.
import { inputError } from "../../core/errors.js";
import { multiplicityLog } from "../bdm/aggregateBdm.js";
import { type BdmOptionsInput, resolveBdmOptions } from "../bdm/bdmOptions.js";
import { blockDigits } from "../bdm/blockCounts.js";
import { checkTableFits } from "../bdm/checkTableFits.js";
import { decompose1d } from "../bdm/decompose1d.js";
import { ctmView, requireShape, type ShapeCtm } from "../bdm/shapeCtm.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import { normalizeBlock } from "../ctm/normalizeBlock.js";

export interface Perturbation1d {
  readonly bdm: number;
  /** delta[i] = BDM(X with element i changed) - BDM(X) (pybdm's sign: new minus old). */
  readonly delta: Float64Array;
  /** The symbol each element was changed to: 1 - x for k = 2, (x + 1) mod k otherwise. */
  readonly changedTo: Uint8Array;
}

/** A block occurrence: its shape, its start and the symbols it covers. */
interface Occurrence {
  readonly shape: ShapeCtm;
  readonly start: number;
  readonly len: number;
}

/** The block occurrences of a boundary (the same starts the decompose stage uses), wrapping for cyclic. */
function occurrences(
  n: number,
  o: ReturnType<typeof resolveBdmOptions>,
  shapeOf: (len: number) => ShapeCtm,
): Occurrence[] {
  const out: Occurrence[] = [];
  const main = shapeOf(o.block);
  if (o.boundary === "cyclic") {
    for (let s = 0; s < n; s += o.step) out.push({ shape: main, start: s, len: o.block });
    return out;
  }
  for (let s = 0; s + o.block <= n; s += o.step) out.push({ shape: main, start: s, len: o.block });
  if ((o.boundary === "recursive" || o.convention === "acss") && o.step === o.block) {
    const r = n % o.block;
    if (r > 0 && r >= o.minLength) out.push({ shape: shapeOf(r), start: n - r, len: r });
  }
  return out;
}

/**
 * Incremental: counts are computed once; changing element i only touches the blocks that cover it, so each delta
 * costs O(blocks covering i) lookups instead of a full recomputation.
 */
export function perturbation1d(
  input: ArrayLike<number>,
  table: CtmTable,
  options: BdmOptionsInput = {},
): Perturbation1d {
  const o = resolveBdmOptions({ ...options, ndim: 1 });
  checkTableFits(table, o);
  const n = input.length;
  if (n === 0) throw inputError("input", [], "a non-empty sequence of symbols");
  const k = o.symbols;
  const x = Uint8Array.from(input as ArrayLike<number>);
  const view = ctmView(table);
  const log = multiplicityLog(o.convention, k);
  const counts = decompose1d(x, o);
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
  const occ = occurrences(n, o, (len) => requireShape(view, String(len)));
  const codes = occ.map((b) => {
    let code = 0;
    for (let j = 0; j < b.len; j++) code = code * k + x[(b.start + j) % n]!;
    return code;
  });
  // The occurrences covering each element, with the place value the element has in each (summed when a short
  // cyclic input wraps into the same block more than once).
  const covering: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  occ.forEach((b, idx) => {
    for (let j = 0; j < b.len; j++) {
      const m = covering[(b.start + j) % n]!;
      m.set(idx, (m.get(idx) ?? 0) + k ** (b.len - 1 - j));
    }
  });
  const delta = new Float64Array(n);
  const changedTo = new Uint8Array(n);
  const touched = new Map<string, { shape: ShapeCtm; code: number; change: number }>();
  const countOf = (shape: ShapeCtm, code: number): number => counts.get(shape.shape)?.get(code) ?? 0;
  const term = (shape: ShapeCtm, code: number, c: number): number =>
    c > 0 ? ctmOf(shape, code) + log(c) : 0;
  for (let i = 0; i < n; i++) {
    const to = k === 2 ? 1 - x[i]! : (x[i]! + 1) % k;
    changedTo[i] = to;
    touched.clear();
    const bump = (shape: ShapeCtm, code: number, change: number): void => {
      const key = `${shape.shape}:${code}`;
      const t = touched.get(key);
      if (t === undefined) touched.set(key, { shape, code, change });
      else t.change += change;
    };
    for (const [idx, place] of covering[i]!) {
      const b = occ[idx]!;
      const oldCode = codes[idx]!;
      bump(b.shape, oldCode, -1);
      bump(b.shape, oldCode + (to - x[i]!) * place, +1);
    }
    let d = 0;
    for (const t of touched.values()) {
      if (t.change === 0) continue;
      const c = countOf(t.shape, t.code);
      d += term(t.shape, t.code, c + t.change) - term(t.shape, t.code, c);
    }
    delta[i] = d;
  }
  return { bdm, delta, changedTo };
}

/** The information signature: elements sorted by their contribution -delta (largest first), ties by index. */
export function informationSignature(p: Perturbation1d): { index: number; information: number }[] {
  return Array.from(p.delta, (d, index) => ({ index, information: d === 0 ? 0 : -d })).sort(
    (a, b) => b.information - a.information || a.index - b.index,
  );
}
