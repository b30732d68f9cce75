// Constant fitting by Levenberg-Marquardt (Levenberg 1944; Marquardt 1963) through ml-levenberg-marquardt, then snapping by description length.
import { levenbergMarquardt } from "ml-levenberg-marquardt";
import type { Rng } from "../../core/rng.js";
import { floatConstant, snapCandidates } from "./constantLength.js";
import { type Expr, evaluateExpr, exprConstants, replaceConstants } from "./exprTree.js";

export interface ConstantFit {
  readonly expr: Expr;
  readonly sse: number;
}

function sseOf(expr: Expr, columns: readonly Float64Array[], y: Float64Array): number {
  const f = evaluateExpr(expr, columns, y.length);
  let s = 0;
  for (let t = 0; t < y.length; t++) s += (y[t]! - f[t]!) ** 2;
  return Number.isFinite(s) ? s : Number.POSITIVE_INFINITY;
}

/**
 * Every constant of the tree refined jointly by Levenberg-Marquardt from its current value (and from one jittered
 * start drawn from rng), then each snapped to the cheapest simple constant that `score` (total bits) prefers.
 * Returns null when no start gives a finite fit (never throws).
 */
export function fitConstants(
  expr: Expr,
  columns: readonly Float64Array[],
  y: Float64Array,
  iterations: number,
  rng: Rng,
  score: (e: Expr, sse: number) => number = (_e, sse) => sse,
): ConstantFit | null {
  const initial = exprConstants(expr).map((c) => c.value);
  if (initial.length === 0) return null;
  const n = y.length;
  const x = Array.from({ length: n }, (_, i) => i);
  const fn = (params: number[]) => {
    const f = evaluateExpr(replaceConstants(expr, params.map(floatConstant)), columns, n);
    return (i: number) => (Number.isFinite(f[i]!) ? f[i]! : 1e30);
  };
  let best: ConstantFit | null = null;
  const starts = [initial, initial.map((v) => v * (1 + 0.1 * rng.normal()))];
  for (const start of starts) {
    let params: number[];
    try {
      params = levenbergMarquardt({ x, y: Array.from(y) }, fn, {
        initialValues: start,
        maxIterations: iterations,
        damping: 1e-3,
        gradientDifference: 1e-6,
        centralDifference: true,
        errorTolerance: 1e-14,
      }).parameterValues;
    } catch {
      continue;
    }
    const candidate = replaceConstants(expr, params.map(floatConstant));
    const sse = sseOf(candidate, columns, y);
    if (Number.isFinite(sse) && (best === null || sse < best.sse)) best = { expr: candidate, sse };
  }
  if (best === null) return null;
  // Snap constants one at a time where the shorter code pays for any loss of fit.
  let constants = exprConstants(best.expr);
  let current = score(best.expr, best.sse);
  for (let i = 0; i < constants.length; i++) {
    for (const c of snapCandidates(constants[i]!.value, 0.02)) {
      const trial = constants.map((k, j) => (j === i ? c : k));
      const e = replaceConstants(best.expr, trial);
      const sse = sseOf(e, columns, y);
      const s = score(e, sse);
      if (s < current) {
        current = s;
        constants = trial;
        best = { expr: e, sse };
        break;
      }
    }
  }
  return best;
}
