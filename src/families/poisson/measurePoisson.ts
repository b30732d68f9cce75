// Metrics of Poisson(a) against Poisson(b): KL in closed form, a ln(a/b) - a + b; the rest by summing both pmfs over their 1e-15 windows (Cover & Thomas, ch. 2).
import { type PoissonWindow, poissonWindow } from "./poissonPmf.js";

/** Metric names in report order: the contract's discrete ones that are finite for a Poisson, then the rate. */
export const POISSON_METRICS = [
  "entropy",
  "gini_simpson",
  "kl_rev",
  "tv",
  "sq_dist",
  "fixed",
  "rate",
] as const;

/** KL(Poisson(a) || Poisson(b)) in nats. */
export function poissonKl(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return Number.POSITIVE_INFINITY;
  return a * Math.log(a / b) - a + b;
}

function at(w: PoissonWindow, k: number): number {
  const i = k - w.lo;
  return i >= 0 && i < w.p.length ? w.p[i]! : 0;
}

/**
 * Writes the POISSON_METRICS of Poisson(rate) against the truth's pmf window into out. Entropy and
 * Gini-Simpson sum the model's window; tv and sq_dist sum the union of both windows. NaN for a rate that is
 * not finite and >= 0 (never throws).
 */
export function measurePoisson(
  rate: number,
  truthRate: number,
  truth: PoissonWindow,
  out: Float64Array,
): void {
  if (!(rate >= 0) || !Number.isFinite(rate)) {
    out.fill(Number.NaN, 0, POISSON_METRICS.length);
    out[6] = rate;
    return;
  }
  const model = poissonWindow(rate);
  let entropy = 0;
  let sumSq = 0;
  let tv = 0;
  let sq = 0;
  for (let i = 0; i < model.p.length; i++) {
    const p = model.p[i]!;
    const d = p - at(truth, model.lo + i);
    if (p > 0) entropy -= p * Math.log(p);
    sumSq += p * p;
    tv += Math.abs(d);
    sq += d * d;
  }
  for (let i = 0; i < truth.p.length; i++) {
    const k = truth.lo + i;
    if (k >= model.lo && k < model.lo + model.p.length) continue;
    const q = truth.p[i]!;
    tv += q;
    sq += q * q;
  }
  out[0] = entropy;
  out[1] = 1 - sumSq;
  out[2] = poissonKl(rate, truthRate);
  out[3] = Math.min(1, tv / 2);
  out[4] = sq;
  out[5] = rate === 0 ? 1 : 0;
  out[6] = rate;
}
