// Per-generation aggregation over replicates: mean, standard error of the mean, and the 5/50/95% quantiles.
import { quantiles3Bracketed } from "../core/stats/bracketQuantiles.js";
import type { MetricSummary } from "./types.js";

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Numbers per summary in summaryNumbers' output: non-finite count, mean, se, q05, q50, q95 (NaN where undefined). */
export const SUMMARY_WIDTH = 6;

/**
 * The statistics of one metric's replicate values into out[offset .. offset + 6). Non-finite values are left out
 * of every statistic and counted; `scratch` (length >= values.length) is overwritten.
 */
export function summaryNumbers(
  values: Float64Array,
  scratch: Float64Array,
  out: Float64Array,
  offset: number,
): void {
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) {
      count++;
      sum += x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  out[offset] = values.length - count;
  if (count === 0) {
    out.fill(Number.NaN, offset + 1, offset + SUMMARY_WIDTH);
    return;
  }
  if (min === max) {
    // Identical values (every replicate at t = 0 is P*): exactly that value, where sum / count can be off by an ulp.
    // Returning here also keeps the statistics below compiled for the usual case.
    out.fill(min, offset + 1, offset + SUMMARY_WIDTH);
    out[offset + 2] = 0;
    return;
  }
  // Every value finite (the usual case): the statistics read `values` in place; otherwise the finite ones, in order.
  let finite = values;
  if (count < values.length) {
    finite = new Float64Array(count);
    let j = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite[j++] = values[i]!;
  }
  let mean = sum / count;
  if (!Number.isFinite(mean)) {
    // The sum overflowed (values near the largest double): average the scaled values, each term finite.
    mean = 0;
    for (let i = 0; i < count; i++) mean += finite[i]! / count;
  }
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (finite[i]! - mean) ** 2;
  let se = count > 1 ? Math.sqrt(ss / (count - 1) / count) : 0;
  if (!Number.isFinite(se)) {
    // The squares overflowed: the same sum on deviations scaled by the largest magnitude (each ratio within 2).
    const scale = Math.max(Math.abs(max), Math.abs(min));
    let scaled = 0;
    for (let i = 0; i < count; i++) scaled += (finite[i]! / scale - mean / scale) ** 2;
    se = scale * Math.sqrt(scaled / (count - 1) / count);
  }
  out[offset + 1] = mean;
  out[offset + 2] = se;
  const [q05, q50, q95] = quantiles3Bracketed(finite, 0.05, 0.5, 0.95, scratch);
  out[offset + 3] = q05;
  out[offset + 4] = q50;
  out[offset + 5] = q95;
}

/** The MetricSummary of numbers written by summaryNumbers, with the theory value beside them. */
export function summaryFromNumbers(
  numbers: Float64Array,
  offset: number,
  theory: number | null,
): MetricSummary {
  const nonfinite = numbers[offset]!;
  const summary: MetricSummary = {
    mean: finiteOrNull(numbers[offset + 1]!),
    se: finiteOrNull(numbers[offset + 2]!),
    theory: theory === null ? null : finiteOrNull(theory),
    q05: finiteOrNull(numbers[offset + 3]!),
    q50: finiteOrNull(numbers[offset + 4]!),
    q95: finiteOrNull(numbers[offset + 5]!),
  };
  return nonfinite > 0 ? { ...summary, nonfinite } : summary;
}

/** Summarises one metric's replicate values (see summaryNumbers); `scratch` is overwritten. */
export function summarise(values: Float64Array, theory: number | null, scratch: Float64Array): MetricSummary {
  const numbers = new Float64Array(SUMMARY_WIDTH);
  summaryNumbers(values, scratch, numbers, 0);
  return summaryFromNumbers(numbers, 0, theory);
}

/** The summary of a quantity that is the same in every replicate (a schedule value). */
export function summariseConstant(value: number): MetricSummary {
  const v = finiteOrNull(value);
  return { mean: v, se: 0, theory: null, q05: v, q50: v, q95: v };
}
