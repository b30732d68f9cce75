// Gaussian data as exact sufficient statistics: x-bar ~ N(mu, s^2/n) and SS ~ s^2 chi^2_{n-1}, independent (Cochran's theorem).
import { sampleChiSquare } from "../../core/random/gamma.js";
import type { Rng } from "../../core/rng.js";

/** n samples summarised by their mean and sum of squared deviations; `values` kept only when a regime needs them. */
export interface GaussianData {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
  readonly values?: Float64Array;
}

export const EMPTY_GAUSSIAN_DATA: GaussianData = { count: 0, mean: 0, m2: 0 };

/** The sample mean of n > 0 draws from N(mean, variance), from one normal deviate. */
export function drawSampleMean(rng: Rng, mean: number, variance: number, n: number): number {
  return mean + (Math.sqrt(variance) / Math.sqrt(n)) * rng.normal();
}

/** The sum of squared deviations of n > 0 draws from N(., variance), from one chi-square deviate (0 for n = 1). */
export function drawSumOfSquares(rng: Rng, variance: number, n: number): number {
  return n > 1 ? variance * sampleChiSquare(rng, n - 1) : 0;
}

/** The sufficient statistics of n draws from N(mean, variance): one normal and one chi-square deviate. */
export function sampleGaussianStats(rng: Rng, mean: number, variance: number, n: number): GaussianData {
  if (n <= 0) return EMPTY_GAUSSIAN_DATA;
  const xbar = drawSampleMean(rng, mean, variance, n);
  return { count: n, mean: xbar, m2: drawSumOfSquares(rng, variance, n) };
}

/** The pooled mean of two non-empty data sets (Chan, Golub & LeVeque 1979). */
export function pooledMean(countA: number, meanA: number, countB: number, meanB: number): number {
  return meanA + ((meanB - meanA) * countB) / (countA + countB);
}

/** The pooled sum of squared deviations of two non-empty data sets. */
export function pooledM2(
  countA: number,
  meanA: number,
  m2A: number,
  countB: number,
  meanB: number,
  m2B: number,
): number {
  const delta = meanB - meanA;
  return m2A + m2B + (delta * delta * countA * countB) / (countA + countB);
}

/** n individual draws from N(mean, variance), with their statistics. */
export function sampleGaussianValues(rng: Rng, mean: number, variance: number, n: number): GaussianData {
  if (n <= 0) return { ...EMPTY_GAUSSIAN_DATA, values: new Float64Array(0) };
  const sd = Math.sqrt(variance);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = mean + sd * rng.normal();
  return { ...statsOf(values), values };
}

/** Mean and sum of squared deviations of values (two-pass, for accuracy). */
export function statsOf(values: Float64Array): GaussianData {
  const n = values.length;
  if (n === 0) return EMPTY_GAUSSIAN_DATA;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (values[i]! - mean) ** 2;
  return { count: n, mean, m2 };
}

/** The statistics of the union of two data sets (Chan, Golub & LeVeque 1979, pairwise update). */
export function combineGaussianData(a: GaussianData, b: GaussianData): GaussianData {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const stats = {
    count,
    mean: pooledMean(a.count, a.mean, b.count, b.mean),
    m2: pooledM2(a.count, a.mean, a.m2, b.count, b.mean, b.m2),
  };
  if (a.values && b.values) {
    const values = new Float64Array(count);
    values.set(a.values);
    values.set(b.values, a.count);
    return { ...stats, values };
  }
  return stats;
}

/** n values drawn without replacement from a pool that kept its values (partial Fisher-Yates). */
export function subsampleGaussianData(rng: Rng, pool: GaussianData, n: number): GaussianData {
  const source = pool.values;
  if (!source) return pool;
  const copy = Float64Array.from(source);
  const take = Math.min(n, copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + rng.int(copy.length - i);
    const tmp = copy[i]!;
    copy[i] = copy[j]!;
    copy[j] = tmp;
  }
  const values = copy.slice(0, take);
  return { ...statsOf(values), values };
}
