// Exact type-7 quantiles by sample bracketing: order statistics of a sample bound each order statistic (the sampling idea of Floyd & Rivest, CACM 18(3), 1975), one pass keeps the values between the bounds, and selection finishes there.
import { interpolateOrderStatistics, quantiles3InPlace, selectInPlace } from "./quantile.js";

/** Values in the sample whose order statistics bound those of the whole array. */
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
 * The type-7 quantiles (numpy's default) of finite `values` at low <= middle <= high into out[offset .. offset + 3),
 * equal to quantiles3InPlace's but without reordering `values` (`scratch`, length >= values.length, is the only
 * memory written), and the sum of (x - centre)^2 over `values` in index order as the return value (bit for bit the
 * plain loop's sum): a summary's second pass and its quantiles in one pass over the values, where whole-array
 * selection would take several passes and swaps.
 */
export function quantilesAndSquaresInto(
  values: Float64Array,
  low: number,
  middle: number,
  high: number,
  centre: number,
  scratch: Float64Array,
  out: Float64Array,
  offset: number,
): number {
  const n = values.length;
  if (n < BRACKET_MIN_SIZE) {
    quantilesOfCopyInto(values, low, middle, high, scratch, out, offset);
    return sumOfSquares(values, centre);
  }
  const sample = scratch.subarray(0, SAMPLE);
  drawSample(values, sample);
  const h = [(n - 1) * low, (n - 1) * middle, (n - 1) * high];
  // Bound b is order statistic ranks[b] of the sample (lower and upper of each bracket in turn); they are selected
  // in ascending rank, each in the part of the sample the one before left above it.
  const bounds = BOUNDS;
  const ranks = [0, 1, 2].flatMap((b) => bracketIndices(Math.floor(h[b]!), n));
  const order = [0, 1, 2, 3, 4, 5].sort((a, b) => ranks[a]! - ranks[b]!);
  let selected = -1;
  for (const b of order) {
    const rank = ranks[b]!;
    if (rank < 0) bounds[b] = Number.NEGATIVE_INFINITY;
    else if (rank >= SAMPLE) bounds[b] = Number.POSITIVE_INFINITY;
    else {
      if (rank > selected) selectInPlace(sample, rank, selected + 1, SAMPLE - 1);
      bounds[b] = sample[rank]!;
      selected = rank;
    }
  }
  const cap = Math.floor((scratch.length - SAMPLE) / 3);
  const squares = collectBrackets(values, centre, bounds, scratch, SAMPLE, cap);
  const below = [below0, below1, below2];
  const inside = [inside0, inside1, inside2];
  // A bracket holds the order statistics below .. below + count - 1; it must hold k and k + 1 (where k + 1 < n).
  const holds = (b: number) => {
    const k = Math.floor(h[b]!);
    return inside[b]! <= cap && below[b]! <= k && Math.min(k + 1, n - 1) < below[b]! + inside[b]!;
  };
  if (!holds(0) || !holds(1) || !holds(2)) {
    quantilesOfCopyInto(values, low, middle, high, scratch, out, offset);
    return squares;
  }
  for (let b = 0; b < 3; b++) {
    const base = SAMPLE + b * cap;
    out[offset + b] = quantileInBuffer(scratch.subarray(base, base + inside[b]!), below[b]!, h[b]!, n);
  }
  return squares;
}

/** collectBrackets' bounds: lower and upper of each of the three brackets. */
const BOUNDS = new Float64Array(6);
// collectBrackets' counts beside the sum it returns. Module variables rather than an array: a store to one needs no
// type feedback, so the code V8 compiles while the loop of the first call runs needs none after the loop either
// (code that did would send every later call back to the interpreter).
let below0 = 0;
let below1 = 0;
let below2 = 0;
let inside0 = 0;
let inside1 = 0;
let inside2 = 0;

/**
 * The pass over the values: returns the sum of (x - centre)^2; for each bracket [lower, upper] of `bounds`, the
 * number of values below it goes to below0..2 and the values inside it to scratch[base + b * cap ..), their number
 * to inside0..2.
 */
function collectBrackets(
  values: Float64Array,
  centre: number,
  bounds: Float64Array,
  scratch: Float64Array,
  base: number,
  cap: number,
): number {
  const lo0 = bounds[0]!;
  const hi0 = bounds[1]!;
  const lo1 = bounds[2]!;
  const hi1 = bounds[3]!;
  const lo2 = bounds[4]!;
  const hi2 = bounds[5]!;
  const base0 = base;
  const base1 = base + cap;
  const base2 = base + 2 * cap;
  let squares = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let count0 = 0;
  let count1 = 0;
  let count2 = 0;
  // No branch on the data (one would mispredict on about every other value): every value is stored at the next
  // free place of each bracket, and the place advances only when the value lies inside. A bracket that outgrows its
  // `cap` spills into the next one (or past the end of `scratch`, where typed-array stores are dropped), and the
  // caller then takes the fallback, so a spill is never read.
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    squares += (x - centre) ** 2;
    const l0 = +(x < lo0);
    const l1 = +(x < lo1);
    const l2 = +(x < lo2);
    b0 += l0;
    b1 += l1;
    b2 += l2;
    scratch[base0 + count0] = x;
    count0 += +(x <= hi0) - l0;
    scratch[base1 + count1] = x;
    count1 += +(x <= hi1) - l1;
    scratch[base2 + count2] = x;
    count2 += +(x <= hi2) - l2;
  }
  below0 = b0;
  below1 = b1;
  below2 = b2;
  inside0 = count0;
  inside1 = count1;
  inside2 = count2;
  return squares;
}

/** Every (n / SAMPLE)-th value into `sample`. */
function drawSample(values: Float64Array, sample: Float64Array): void {
  const stride = values.length / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) sample[i] = values[Math.floor(i * stride)]!;
}

/** The sum of (x - centre)^2 over `values`, in index order. */
function sumOfSquares(values: Float64Array, centre: number): number {
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - centre) ** 2;
  return squares;
}

function quantilesOfCopyInto(
  values: Float64Array,
  low: number,
  middle: number,
  high: number,
  scratch: Float64Array,
  out: Float64Array,
  offset: number,
): void {
  const copy = scratch.subarray(0, values.length);
  copy.set(values);
  const [q0, q1, q2] = quantiles3InPlace(copy, low, middle, high);
  out[offset] = q0;
  out[offset + 1] = q1;
  out[offset + 2] = q2;
}
