// Maximum-likelihood fit of a 1-D Gaussian mixture by EM (Dempster, Laird & Rubin, JRSS B 39, 1977), in log space, with a floor on the standard deviations.
import type { GmmModel } from "./gmmModel.js";

export interface EmOptions {
  /** At most this many EM iterations. */
  readonly iterations: number;
  /** Stop when the mean log-likelihood per sample changes by less than this. */
  readonly tolerance: number;
  /** Standard deviations are kept >= minSd (a component collapsing onto one point is held there, and counted). */
  readonly minSd: number;
}

export interface EmResult {
  readonly model: GmmModel;
  readonly iterations: number;
  readonly converged: boolean;
  /** Mean log-likelihood per sample of the data under the last E-step's parameters. */
  readonly logLikelihood: number;
}

const HALF_LOG_TWO_PI = 0.9189385332046727;

/**
 * EM from `init` (deterministic: no randomness). A component whose responsibilities all underflow keeps its
 * mean and sd with weight 0, and stays empty. `scratch` (length >= n k) is reused across calls when given.
 * Never throws: bad input gives NaN parameters.
 */
export function fitGmmEm(
  x: Float64Array,
  init: GmmModel,
  options: EmOptions,
  scratch: Float64Array = new Float64Array(x.length * init.weights.length),
): EmResult {
  const n = x.length;
  const k = init.weights.length;
  const w = Float64Array.from(init.weights);
  const mu = Float64Array.from(init.means);
  const sd = Float64Array.from(init.sds);
  const logScale = new Float64Array(k);
  const invSd = new Float64Array(k);
  const r = scratch;
  let previous = Number.NEGATIVE_INFINITY;
  let ll = Number.NaN;
  let iterations = 0;
  let converged = false;
  while (iterations < options.iterations) {
    iterations++;
    for (let j = 0; j < k; j++) {
      logScale[j] = Math.log(w[j]!) - Math.log(sd[j]!) - HALF_LOG_TWO_PI;
      invSd[j] = 1 / sd[j]!;
    }
    let total = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        const z = (xi - mu[j]!) * invSd[j]!;
        const l = logScale[j]! - 0.5 * z * z;
        r[i * k + j] = l;
        if (l > max) max = l;
      }
      let s = 0;
      for (let j = 0; j < k; j++) {
        const e = Math.exp(r[i * k + j]! - max);
        r[i * k + j] = e;
        s += e;
      }
      total += max + Math.log(s);
      const inv = 1 / s;
      for (let j = 0; j < k; j++) r[i * k + j] = r[i * k + j]! * inv;
    }
    ll = total / n;
    for (let j = 0; j < k; j++) {
      let nj = 0;
      let sx = 0;
      for (let i = 0; i < n; i++) {
        const rij = r[i * k + j]!;
        nj += rij;
        sx += rij * x[i]!;
      }
      if (!(nj > 0)) {
        w[j] = 0;
        continue;
      }
      const m = sx / nj;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const dx = x[i]! - m;
        ss += r[i * k + j]! * dx * dx;
      }
      w[j] = nj / n;
      mu[j] = m;
      sd[j] = Math.max(Math.sqrt(ss / nj), options.minSd);
    }
    if (Math.abs(ll - previous) < options.tolerance) {
      converged = true;
      break;
    }
    if (!Number.isFinite(ll)) break;
    previous = ll;
  }
  return { model: { weights: w, means: mu, sds: sd }, iterations, converged, logLikelihood: ll };
}

/**
 * A deterministic start for k components when there is no previous model of that size: equal weights, means at
 * the data's (j + 1/2)/k quantiles, each sd the data's sd.
 */
export function quantileStart(x: Float64Array, k: number): GmmModel {
  const sorted = Float64Array.from(x).sort();
  const n = sorted.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / n) || 1;
  const weights = new Float64Array(k).fill(1 / k);
  const means = new Float64Array(k);
  for (let j = 0; j < k; j++) means[j] = sorted[Math.min(n - 1, Math.floor(((j + 0.5) / k) * n))]!;
  return { weights, means, sds: new Float64Array(k).fill(sd) };
}
