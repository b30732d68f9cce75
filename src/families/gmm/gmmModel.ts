// A 1-D Gaussian mixture sum_j w_j N(mu_j, sd_j^2): its density in log space (log-sum-exp) and its moments (McLachlan & Peel, Finite Mixture Models, 2000, ch. 1).

/** Weights (summing to 1), means and standard deviations of K components. */
export interface GmmModel {
  readonly weights: Float64Array;
  readonly means: Float64Array;
  readonly sds: Float64Array;
}

const HALF_LOG_TWO_PI = 0.9189385332046727;

/** Per-component constants ln w_j - ln sd_j - ln sqrt(2 pi) and 1 / sd_j, for density evaluations. */
export interface GmmDensity {
  readonly k: number;
  readonly logScale: Float64Array;
  readonly invSd: Float64Array;
  readonly means: Float64Array;
  /** Scratch for the per-component log terms of one evaluation. */
  readonly terms: Float64Array;
}

export function gmmDensity(model: GmmModel): GmmDensity {
  const k = model.weights.length;
  const logScale = new Float64Array(k);
  const invSd = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    logScale[j] = Math.log(model.weights[j]!) - Math.log(model.sds[j]!) - HALF_LOG_TWO_PI;
    invSd[j] = 1 / model.sds[j]!;
  }
  return { k, logScale, invSd, means: model.means, terms: new Float64Array(k) };
}

/** ln p(x); components of weight 0 contribute nothing (their log scale is -Infinity). */
export function gmmLogDensity(g: GmmDensity, x: number): number {
  const terms = g.terms;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < g.k; j++) {
    const z = (x - g.means[j]!) * g.invSd[j]!;
    const l = g.logScale[j]! - 0.5 * z * z;
    terms[j] = l;
    if (l > max) max = l;
  }
  if (max === Number.NEGATIVE_INFINITY) return max;
  let s = 0;
  for (let j = 0; j < g.k; j++) s += Math.exp(terms[j]! - max);
  return max + Math.log(s);
}

/** The mixture's mean and variance: sum w mu, and sum w (sd^2 + (mu - mean)^2) (no cancellation). */
export function gmmMoments(model: GmmModel): { readonly mean: number; readonly variance: number } {
  let mean = 0;
  for (let j = 0; j < model.weights.length; j++) mean += model.weights[j]! * model.means[j]!;
  let variance = 0;
  for (let j = 0; j < model.weights.length; j++) {
    const w = model.weights[j]!;
    const dm = model.means[j]! - mean;
    const s = model.sds[j]!;
    variance += w * (s * s + dm * dm);
  }
  return { mean, variance };
}
