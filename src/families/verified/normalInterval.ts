// P(lo <= X <= hi) for X ~ N(m, s^2), via the core normal CDF (Numerical Recipes 3rd ed., sec. 6.2.2).
import { normalCdf } from "../../core/stats/normalCdf.js";

/** P(lo <= X <= hi) for X ~ N(mean, variance); a point mass when variance is 0; NaN for a NaN input. */
export function normalInterval(mean: number, variance: number, lo: number, hi: number): number {
  if (!(variance >= 0)) return Number.NaN;
  if (variance === 0) return mean >= lo && mean <= hi ? 1 : Number.isNaN(mean) ? Number.NaN : 0;
  const s = Math.sqrt(variance);
  return Math.max(0, normalCdf((hi - mean) / s) - normalCdf((lo - mean) / s));
}
