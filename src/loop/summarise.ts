// Per-generation aggregation over replicates: mean, standard error of the mean, and the 5/50/95% quantiles.
import { quantilesAndSquaresInto } from "../core/stats/bracketQuantiles.js";
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
  // Each loop is in a function of its own and each rare case too: V8 compiles a long loop while its first call runs,
  // and code after the loop that had not run by then would send every later call back to the interpreter (it did:
  // more than a thousand deoptimisations a run, a sixth of the run's time).
  // The usual case first: a finite sum means every value is finite (a NaN or an infinity would make it NaN or
  // infinite), and that sum is the one scanFinite would give, in the same order. Otherwise scanFinite sorts it out.
  let sum = scanSum(values);
  let count = values.length;
  if (!Number.isFinite(sum)) {
    count = scanFinite(values);
    sum = scannedSum;
  }
  const min = scannedMin;
  const max = scannedMax;
  out[offset] = values.length - count;
  if (count === 0) {
    out.fill(Number.NaN, offset + 1, offset + SUMMARY_WIDTH);
    return;
  }
  if (min === max) {
    // Identical values (every replicate at t = 0 is P*): exactly that value, where sum / count can be off by an ulp.
    out.fill(min, offset + 1, offset + SUMMARY_WIDTH);
    out[offset + 2] = 0;
    return;
  }
  // Every value finite (the usual case): the statistics read `values` in place; otherwise the finite ones, in order.
  const finite = count < values.length ? finiteValues(values, count) : values;
  let mean = sum / count;
  if (!Number.isFinite(mean)) mean = scaledMean(finite);
  // The sum of squared deviations comes from the quantiles' pass over the values.
  const ss = quantilesAndSquaresInto(finite, 0.05, 0.5, 0.95, mean, scratch, out, offset + 3);
  let se = count > 1 ? Math.sqrt(ss / (count - 1) / count) : 0;
  if (!Number.isFinite(se)) se = scaledStandardError(finite, mean, Math.max(Math.abs(max), Math.abs(min)));
  out[offset + 1] = mean;
  out[offset + 2] = se;
}

// scanSum's and scanFinite's results beside the one they return. Module variables rather than an array: a store to one needs no
// type feedback, so code compiled while the loop of the first call runs needs none after the loop either.
let scannedSum = 0;
let scannedMin = 0;
let scannedMax = 0;

/**
 * The sum of `values` in index order; their min and max into scannedMin and scannedMax. Four values a turn: V8 checks the array and the loop's budget once per turn, which costs more than a
 * value's work; the first values.length % 4 go before the loop, so that the loop ends the function.
 */
function scanSum(values: Float64Array): number {
  const n = values.length;
  const head = n % 4;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < head; i++) {
    const x = values[i]!;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  for (let i = head; i < n; i += 4) {
    const a = values[i]!;
    const b = values[i + 1]!;
    const c = values[i + 2]!;
    const d = values[i + 3]!;
    sum += a;
    sum += b;
    sum += c;
    sum += d;
    if (a < min) min = a;
    if (a > max) max = a;
    if (b < min) min = b;
    if (b > max) max = b;
    if (c < min) min = c;
    if (c > max) max = c;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  scannedMin = min;
  scannedMax = max;
  return sum;
}

/** The number of finite values; their sum, min and max into scannedSum, scannedMin and scannedMax. */
function scanFinite(values: Float64Array): number {
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
  scannedSum = sum;
  scannedMin = min;
  scannedMax = max;
  return count;
}

/** The `count` finite values of `values`, in order. */
function finiteValues(values: Float64Array, count: number): Float64Array {
  const finite = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite[j++] = values[i]!;
  return finite;
}

/** The mean where the plain sum overflowed (values near the largest double): the scaled values, each term finite. */
function scaledMean(finite: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < finite.length; i++) mean += finite[i]! / finite.length;
  return mean;
}

/** The standard error where the squares overflowed: deviations scaled by the largest magnitude (each ratio within 2). */
function scaledStandardError(finite: Float64Array, mean: number, scale: number): number {
  const count = finite.length;
  let scaled = 0;
  for (let i = 0; i < count; i++) scaled += (finite[i]! / scale - mean / scale) ** 2;
  return scale * Math.sqrt(scaled / (count - 1) / count);
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
