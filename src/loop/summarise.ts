// Per-generation aggregation over replicates: mean, standard error of the mean, and the 5/50/95% quantiles.
import { quantiles3InPlace } from "../core/stats/quantile.js";
import type { MetricSummary } from "./types.js";

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Summarises one metric's replicate values. Non-finite values are left out of every statistic and counted
 * in `nonfinite`; `scratch` (length >= values.length) is overwritten.
 */
export function summarise(values: Float64Array, theory: number | null, scratch: Float64Array): MetricSummary {
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) {
      scratch[count++] = x;
      sum += x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const nonfinite = values.length - count;
  const theoryValue = theory === null ? null : finiteOrNull(theory);
  if (count === 0) {
    return { mean: null, se: null, theory: theoryValue, q05: null, q50: null, q95: null, nonfinite };
  }
  // Identical values (every replicate at t = 0 is P*) have exactly that mean; sum / count can be off by an ulp.
  const mean = min === max ? min : sum / count;
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (scratch[i]! - mean) ** 2;
  const se = count > 1 ? Math.sqrt(ss / (count - 1) / count) : 0;
  const [q05, q50, q95] = quantiles3InPlace(scratch.subarray(0, count), 0.05, 0.5, 0.95);
  const summary: MetricSummary = {
    mean: finiteOrNull(mean),
    se: finiteOrNull(se),
    theory: theoryValue,
    q05: finiteOrNull(q05!),
    q50: finiteOrNull(q50!),
    q95: finiteOrNull(q95!),
  };
  return nonfinite > 0 ? { ...summary, nonfinite } : summary;
}

/** The summary of a quantity that is the same in every replicate (a schedule value). */
export function summariseConstant(value: number): MetricSummary {
  const v = finiteOrNull(value);
  return { mean: v, se: 0, theory: null, q05: v, q50: v, q95: v };
}
