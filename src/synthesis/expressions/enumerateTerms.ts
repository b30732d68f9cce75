// Bottom-up enumeration of expression terms in order of size, one per observed behaviour (Levin 1973 universal search, ordered by length; Udupa et al. 2013).
import { integerConstant } from "./constantLength.js";
import { applyBinary, applyUnary, type BinaryOp, type Expr, exprLength, type UnaryOp } from "./exprTree.js";
import { hashValues, normaliseAffine } from "./hashValues.js";

export interface TermOptions {
  readonly unary: readonly UnaryOp[];
  readonly binary: readonly BinaryOp[];
  /** Largest term, in nodes. */
  readonly maxSize: number;
  /** Constants allowed as an operand of + - * /. */
  readonly constants: readonly number[];
  /** Constants allowed as an exponent of pow. */
  readonly exponents: readonly number[];
  /** Stop after this many evaluated candidates (each one a vector over the data). */
  readonly maxEvaluations: number;
}

/** A term of the library: unique up to an affine map on the data (a linear model absorbs scale and offset). */
export interface Term {
  readonly expr: Expr;
  readonly values: Float64Array;
  /** Centred, unit norm, sign fixed. */
  readonly z: Float64Array;
  readonly length: number;
  readonly size: number;
}

interface Entry {
  readonly expr: Expr;
  readonly values: Float64Array;
  readonly constant: number | null;
}

export interface TermLibrary {
  readonly terms: Term[];
  readonly evaluations: number;
  /** True when the evaluation budget ended the enumeration before maxSize was complete. */
  readonly truncated: boolean;
}

const COMMUTATIVE = new Set<BinaryOp>(["+", "*"]);

/** Every term up to maxSize nodes over the columns, deduplicated by behaviour, in order of size (deterministic). */
export function enumerateTerms(columns: readonly Float64Array[], n: number, o: TermOptions): TermLibrary {
  const d = columns.length;
  const levels: Entry[][] = [[], []];
  const exact = new Set<number>();
  const affine = new Set<number>();
  const terms: Term[] = [];
  let evaluations = 0;
  let truncated = false;
  const scratch = new Float64Array(n);

  const offer = (expr: Expr, values: Float64Array, size: number, keep: boolean): void => {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v) || Math.abs(v) > 1e12) return;
    }
    const h = hashValues(values, 1e9);
    if (exact.has(h)) return;
    exact.add(h);
    const z = normaliseAffine(values);
    if (z === null) return;
    const owned = Float64Array.from(values);
    if (keep) levels[size]!.push({ expr, values: owned, constant: null });
    const ha = hashValues(z, 1e8);
    if (affine.has(ha)) return;
    affine.add(ha);
    terms.push({ expr, values: owned, z, length: exprLength(expr, d), size });
  };

  for (let j = 0; j < d; j++) offer({ kind: "var", index: j }, columns[j]!.subarray(0, n), 1, true);
  const constantLeaf = (c: number): Entry => ({
    expr: { kind: "const", constant: integerConstant(c) },
    values: new Float64Array(n).fill(c),
    constant: c,
  });
  const operandConstants = o.constants.map(constantLeaf);
  const exponentConstants = o.exponents.map(constantLeaf);

  outer: for (let s = 2; s <= o.maxSize; s++) {
    levels[s] = [];
    const keep = s < o.maxSize;
    for (const op of o.unary) {
      for (const a of levels[s - 1]!) {
        if (++evaluations > o.maxEvaluations) {
          truncated = true;
          break outer;
        }
        applyUnary(op, a.values, scratch);
        offer({ kind: "unary", op, arg: a.expr }, scratch, s, keep);
      }
    }
    for (const op of o.binary) {
      for (let i = 1; i <= s - 2; i++) {
        const j = s - 1 - i;
        const lefts = levels[i]!;
        const rights = levels[j]!;
        const commutative = COMMUTATIVE.has(op);
        if (commutative && i > j) continue;
        for (let ai = 0; ai < lefts.length; ai++) {
          const a = lefts[ai]!;
          for (let bi = commutative && i === j ? ai : 0; bi < rights.length; bi++) {
            if (++evaluations > o.maxEvaluations) {
              truncated = true;
              break outer;
            }
            const b = rights[bi]!;
            applyBinary(op, a.values, b.values, scratch);
            offer({ kind: "binary", op, left: a.expr, right: b.expr }, scratch, s, keep);
          }
        }
      }
      // One operand a constant (size 1): term op c, and c op term where the order matters.
      const withConstant = levels[s - 2] ?? [];
      const consts = op === "pow" ? exponentConstants : operandConstants;
      for (const c of consts) {
        for (const a of withConstant) {
          if (++evaluations > o.maxEvaluations) {
            truncated = true;
            break outer;
          }
          applyBinary(op, a.values, c.values, scratch);
          offer({ kind: "binary", op, left: a.expr, right: c.expr }, scratch, s, keep);
          if (op === "-" || op === "/") {
            applyBinary(op, c.values, a.values, scratch);
            offer({ kind: "binary", op, left: c.expr, right: a.expr }, scratch, s, keep);
          }
        }
      }
    }
  }
  return { terms, evaluations: Math.min(evaluations, o.maxEvaluations), truncated };
}
