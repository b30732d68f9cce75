// Poisson data as its sufficient statistic: a sum of n Poisson(rate) draws is Poisson(n rate), exact (Johnson, Kemp & Kotz 2005, sec. 4.8).
import { sampleMultivariateHypergeometric } from "../../core/random/hypergeometric.js";
import { samplePoisson } from "../../core/random/poisson.js";
import type { Rng } from "../../core/rng.js";

/** n counts summarised by their number and total; `histogram[k]` = how many equal k, kept only when a regime subsamples. */
export interface PoissonData {
  readonly count: number;
  readonly total: number;
  readonly histogram?: Float64Array;
}

export const EMPTY_POISSON_DATA: PoissonData = { count: 0, total: 0 };

/** The sufficient statistic of n draws from Poisson(rate): one Poisson(n rate) deviate. */
export function samplePoissonStats(rng: Rng, rate: number, n: number): PoissonData {
  if (n <= 0) return EMPTY_POISSON_DATA;
  return { count: n, total: samplePoisson(rng, n * rate) };
}

/** n individual draws from Poisson(rate), kept as a histogram of values. */
export function samplePoissonHistogram(rng: Rng, rate: number, n: number): PoissonData {
  if (n <= 0) return { count: 0, total: 0, histogram: new Float64Array(0) };
  const values = new Float64Array(n);
  let max = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = samplePoisson(rng, rate);
    values[i] = x;
    total += x;
    if (x > max) max = x;
  }
  if (!Number.isFinite(max)) return { count: n, total: Number.NaN, histogram: new Float64Array(0) };
  const histogram = new Float64Array(max + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    histogram[v] = histogram[v]! + 1;
  }
  return { count: n, total, histogram };
}

/** The union of two data sets; histograms are added when both have one. */
export function combinePoissonData(a: PoissonData, b: PoissonData): PoissonData {
  const stats = { count: a.count + b.count, total: a.total + b.total };
  if (!a.histogram || !b.histogram) return stats;
  const [long, short] =
    a.histogram.length >= b.histogram.length ? [a.histogram, b.histogram] : [b.histogram, a.histogram];
  const histogram = Float64Array.from(long);
  for (let k = 0; k < short.length; k++) histogram[k] = histogram[k]! + short[k]!;
  return { ...stats, histogram };
}

/** n counts drawn without replacement from a pool that kept its histogram. */
export function subsamplePoissonData(rng: Rng, pool: PoissonData, n: number): PoissonData {
  if (!pool.histogram) return pool;
  const histogram = sampleMultivariateHypergeometric(rng, pool.histogram, n);
  let count = 0;
  let total = 0;
  for (let k = 0; k < histogram.length; k++) {
    count += histogram[k]!;
    total += k * histogram[k]!;
  }
  return { count, total, histogram };
}
