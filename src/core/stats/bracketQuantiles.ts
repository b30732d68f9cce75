// Exact type-7 quantiles by sample bracketing: a sorted sample bounds each order statistic (the sampling idea of Floyd & Rivest, CACM 18(3), 1975), one pass keeps the values between the bounds, and selection finishes there.
import { interpolateOrderStatistics, quantiles3InPlace } from "./quantile.js";

/** Values in the sorted sample that bounds the order statistics. */
const SAMPLE = 2048;
/** Below this many values, selection on a copy is as fast as bracketing. */
export const BRACKET_MIN_SIZE = 16 * SAMPLE;
/** Half-width of a bracket in binomial standard deviations of the sample rank; a miss only costs the fallback. */
const WIDTH_SD = 4;

/** The sample positions whose values bound the order statistics k and k + 1 of n values. */
function bracketIndices(k: number, n: number): [number, number] {
  const q = k / n;
  const centre = q * SAMPLE;
  const spread = WIDTH_SD * Math.sqrt(SAMPLE * q * (1 - q)) + 2;
  return [Math.floor(centre - spread), Math.ceil(centre + SAMPLE / n + spread)];
}

/** The type-7 quantile at h = (n - 1) p from a buffer holding the order statistics below .. below + buffer.length - 1. */
function quantileInBuffer(buffer: Float64Array, below: number, h: number, n: number): number {
  const k = Math.floor(h);
  return interpolateOrderStatistics(buffer, k - below, 0, buffer.length - 1, k + 1 >= n ? 0 : h - k);
}

/**
 * The type-7 quantiles (numpy's default) of finite `values` at low <= middle <= high, equal to quantiles3InPlace's
 * but without reordering `values`: `scratch` (length >= values.length) is the only memory written. On large arrays
 * one pass replaces the several passes and swaps of whole-array selection.
 */
export function quantiles3Bracketed(
  values: Float64Array,
  low: number,
  middle: number,
  high: number,
  scratch: Float64Array,
): [number, number, number] {
  const n = values.length;
  if (n < BRACKET_MIN_SIZE) return quantilesOfCopy(values, low, middle, high, scratch);
  const sample = scratch.subarray(0, SAMPLE);
  const stride = n / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) sample[i] = values[Math.floor(i * stride)]!;
  sample.sort();
  const h0 = (n - 1) * low;
  const h1 = (n - 1) * middle;
  const h2 = (n - 1) * high;
  const bound = (index: number, missing: number) => (index < 0 || index >= SAMPLE ? missing : sample[index]!);
  const [i0, j0] = bracketIndices(Math.floor(h0), n);
  const [i1, j1] = bracketIndices(Math.floor(h1), n);
  const [i2, j2] = bracketIndices(Math.floor(h2), n);
  const lo0 = bound(i0, Number.NEGATIVE_INFINITY);
  const hi0 = bound(j0, Number.POSITIVE_INFINITY);
  const lo1 = bound(i1, Number.NEGATIVE_INFINITY);
  const hi1 = bound(j1, Number.POSITIVE_INFINITY);
  const lo2 = bound(i2, Number.NEGATIVE_INFINITY);
  const hi2 = bound(j2, Number.POSITIVE_INFINITY);
  const cap = Math.floor((scratch.length - SAMPLE) / 3);
  const base0 = SAMPLE;
  const base1 = SAMPLE + cap;
  const base2 = SAMPLE + 2 * cap;
  let below0 = 0;
  let below1 = 0;
  let below2 = 0;
  let count0 = 0;
  let count1 = 0;
  let count2 = 0;
  // The counts and the bracket tests are branch-free (a branch on them would mispredict on about every other
  // value); only the rare value inside some bracket takes a branch.
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    const l0 = +(x < lo0);
    const l1 = +(x < lo1);
    const l2 = +(x < lo2);
    below0 += l0;
    below1 += l1;
    below2 += l2;
    const in0 = +(x <= hi0) - l0;
    const in1 = +(x <= hi1) - l1;
    const in2 = +(x <= hi2) - l2;
    if ((in0 | in1 | in2) !== 0) {
      if (in0 !== 0) {
        if (count0 < cap) scratch[base0 + count0] = x;
        count0++;
      }
      if (in1 !== 0) {
        if (count1 < cap) scratch[base1 + count1] = x;
        count1++;
      }
      if (in2 !== 0) {
        if (count2 < cap) scratch[base2 + count2] = x;
        count2++;
      }
    }
  }
  // A bracket holds the order statistics below .. below + count - 1; it must hold k and k + 1 (where k + 1 < n).
  const holds = (h: number, below: number, count: number) => {
    const k = Math.floor(h);
    return count <= cap && below <= k && Math.min(k + 1, n - 1) < below + count;
  };
  if (!holds(h0, below0, count0) || !holds(h1, below1, count1) || !holds(h2, below2, count2)) {
    return quantilesOfCopy(values, low, middle, high, scratch);
  }
  return [
    quantileInBuffer(scratch.subarray(base0, base0 + count0), below0, h0, n),
    quantileInBuffer(scratch.subarray(base1, base1 + count1), below1, h1, n),
    quantileInBuffer(scratch.subarray(base2, base2 + count2), below2, h2, n),
  ];
}

function quantilesOfCopy(
  values: Float64Array,
  low: number,
  middle: number,
  high: number,
  scratch: Float64Array,
): [number, number, number] {
  const copy = scratch.subarray(0, values.length);
  copy.set(values);
  return quantiles3InPlace(copy, low, middle, high);
}
