// The three-part update for y = f(x) + e: MAP expression by MDL, causal correction by dropping the samples whose code the mechanism does not shorten, then the Gaussian residual (Zenil et al. 2019, Nat. Mach. Intell. 1; Rissanen 1978).
import { regress } from "../expressions/regress.js";
import type { RegressOptions } from "../expressions/regressOptions.js";

export interface FormulaMechanism {
  readonly text: string;
  readonly sigma: number;
  readonly dropped: number;
}

/** Small, deterministic budgets for use inside the loop (one search per replicate and generation). */
export const loopRegressOptions: Partial<RegressOptions> = {
  maxSize: 5,
  maxEvaluations: 20_000,
  subsetTerms: 3,
  subsetBudget: 5_000,
  completionBudget: 200_000,
  beamWidth: 4,
  expansions: 4,
  maxTerms: 3,
  finalists: 8,
  precision: 1e-6,
  lmIterations: 20,
};

/**
 * Projection, then correction: a sample whose residual exceeds 4 robust SDs (median absolute residual / 0.6745)
 * costs more bits under the Gaussian code than the mechanism saves on it, so it is dropped and the search repeated.
 */
export function formulaUpdate(
  x: Float64Array,
  y: Float64Array,
  correction: boolean,
  budget?: number,
): FormulaMechanism {
  const options =
    budget === undefined ? loopRegressOptions : { ...loopRegressOptions, maxEvaluations: budget };
  let fit = regress([x], y, ["x1"], options);
  let dropped = 0;
  const residuals = (expr: typeof fit.best.expr, xs: Float64Array, ys: Float64Array) => {
    const r = new Float64Array(xs.length);
    const f = regressPredict(expr, xs);
    for (let i = 0; i < xs.length; i++) r[i] = ys[i]! - f[i]!;
    return r;
  };
  if (correction && x.length >= 8) {
    const r = residuals(fit.best.expr, x, y);
    const sorted = Array.from(r, Math.abs).sort((a, b) => a - b);
    const robust = sorted[Math.floor(sorted.length / 2)]! / 0.6745;
    const keep: number[] = [];
    for (let i = 0; i < x.length; i++) if (!(Math.abs(r[i]!) > 4 * robust && robust > 0)) keep.push(i);
    dropped = x.length - keep.length;
    if (dropped > 0 && keep.length >= 4) {
      fit = regress(
        [Float64Array.from(keep, (i) => x[i]!)],
        Float64Array.from(keep, (i) => y[i]!),
        ["x1"],
        options,
      );
    }
  }
  const r = residuals(fit.best.expr, x, y);
  let ss = 0;
  for (const v of r) ss += v * v;
  return { text: fit.best.expression, sigma: Math.sqrt(ss / x.length), dropped };
}

import { evaluateExpr } from "../expressions/exprTree.js";

function regressPredict(expr: Parameters<typeof evaluateExpr>[0], x: Float64Array): Float64Array {
  return evaluateExpr(expr, [x], x.length);
}
