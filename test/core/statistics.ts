// Test helpers: moments with their standard errors, chi-square goodness of fit, and the reference CDFs the tests need.
import { logGamma } from "../../src/core/stats/special.js";

/**
 * The upper critical value of chi-square(df) at the one-sided tail of z standard normal deviations, by the
 * Wilson-Hilferty approximation (chi2/df)^(1/3) ~ N(1 - 2/(9 df), 2/(9 df)) (Wilson & Hilferty, PNAS 17, 1931).
 * z = 4 or 5 matches the suite's "4 SE for one assertion, 5 SE when a file makes 20 or more".
 */
export function chiSquareCritical(df: number, z: number): number {
  const v = 2 / (9 * df);
  return df * (1 - v + z * Math.sqrt(v)) ** 3;
}

export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  /** Standard error of the sample mean: sd / sqrt(n). */
  readonly seMean: number;
  /** Standard error of the sample variance: sqrt((m4 - var^2) / n), m4 the sample fourth central moment. */
  readonly seVariance: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i]!;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (n - 1);
  const m4n = m4 / n;
  const m2n = m2 / n;
  return {
    n,
    mean,
    variance,
    seMean: Math.sqrt(variance / n),
    seVariance: Math.sqrt(Math.max(m4n - m2n * m2n, 0) / n),
  };
}

export interface GofResult {
  readonly statistic: number;
  readonly df: number;
  readonly bins: number;
}

/**
 * Pearson's chi-square of integer samples against a pmf on [lo, hi]: consecutive values are merged into bins of
 * expected count >= minExpected; samples (and pmf mass) outside [lo, hi] go to the end bins.
 */
export function discreteGof(
  samples: ArrayLike<number>,
  pmf: (k: number) => number,
  lo: number,
  hi: number,
  minExpected = 20,
): GofResult {
  const n = samples.length;
  const counts = new Float64Array(hi - lo + 1);
  for (let i = 0; i < n; i++) {
    const k = Math.min(Math.max(samples[i]!, lo), hi);
    counts[k - lo] = counts[k - lo]! + 1;
  }
  const probs = new Float64Array(hi - lo + 1);
  let mass = 0;
  for (let k = lo; k <= hi; k++) {
    probs[k - lo] = pmf(k);
    mass += probs[k - lo]!;
  }
  // The mass outside [lo, hi] is put in the end bins; callers choose [lo, hi] so that it is negligible.
  probs[hi - lo] = probs[hi - lo]! + Math.max(0, 1 - mass);
  const observed: number[] = [];
  const expected: number[] = [];
  let o = 0;
  let e = 0;
  for (let j = 0; j < probs.length; j++) {
    o += counts[j]!;
    e += n * probs[j]!;
    if (e >= minExpected) {
      observed.push(o);
      expected.push(e);
      o = 0;
      e = 0;
    }
  }
  if (expected.length === 0) {
    observed.push(o);
    expected.push(e);
  } else {
    observed[observed.length - 1]! += o;
    expected[expected.length - 1]! += e;
  }
  return pearson(observed, expected);
}

/** Pearson's statistic for observed and expected counts over bins, df = bins - 1. */
export function pearson(observed: ArrayLike<number>, expected: ArrayLike<number>): GofResult {
  let statistic = 0;
  for (let j = 0; j < observed.length; j++) {
    const d = observed[j]! - expected[j]!;
    statistic += (d * d) / expected[j]!;
  }
  return { statistic, df: observed.length - 1, bins: observed.length };
}

/** Chi-square of continuous samples whose CDF is F: the probability integral transform into equiprobable bins. */
export function continuousGof(
  samples: ArrayLike<number>,
  cdf: (x: number) => number,
  bins: number,
): GofResult {
  const observed = new Float64Array(bins);
  for (let i = 0; i < samples.length; i++) {
    const j = Math.min(bins - 1, Math.floor(cdf(samples[i]!) * bins));
    observed[j] = observed[j]! + 1;
  }
  return pearson(observed, new Float64Array(bins).fill(samples.length / bins));
}

/** ln C(n, k) from logGamma (itself checked against log factorials in special.test.ts). */
export function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * The regularised lower incomplete gamma P(a, x): its power series for x < a + 1, else Lentz's continued fraction
 * for Q = 1 - P (Numerical Recipes, 3rd ed., sec. 6.2). Checked against closed forms in gamma.test.ts.
 */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 10_000; k++) {
      term *= x / (a + k);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - Math.exp(logPrefix) * h;
}

export { normalCdf } from "../../src/core/stats/normalCdf.js";
