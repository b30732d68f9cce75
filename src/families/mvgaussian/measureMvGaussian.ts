// Metrics of N(mu_t, S_t) against N(mu*, S*): Gaussian KL in closed form, and W2^2 = |dmu|^2 + tr S_t + tr S* - 2 tr (S*^1/2 S_t S*^1/2)^1/2 (Dowson & Landau 1982; Givens & Shortt 1984).
import { choleskyFactor, inverseFromCholesky, logDetFromCholesky } from "./choleskyFactor.js";
import type { MvGaussianModel } from "./sampleMvGaussian.js";
import { symmetricEigen, symmetricSqrt } from "./symmetricEigen.js";

/** Metric names in report order (sq_err_mean is the gaussian family's name for |mu_t - mu*|^2). */
export const MVGAUSSIAN_METRICS = ["sq_err_mean", "trace_cov", "log_det_cov", "w2sq", "kl_rev"] as const;

/** P* with what every measurement reuses: S*^-1, ln det S*, tr S* and S*^1/2. */
export interface PreparedTruth {
  readonly model: MvGaussianModel;
  readonly inverse: Float64Array;
  readonly logDet: number;
  readonly trace: number;
  readonly sqrt: Float64Array;
}

/** Precomputes the truth's inverse, log-determinant and square root (its covariance is positive definite). */
export function prepareTruth(model: MvGaussianModel, d: number): PreparedTruth {
  const { l } = choleskyFactor(model.cov, d);
  let trace = 0;
  for (let i = 0; i < d; i++) trace += model.cov[i * d + i]!;
  let sqrt: Float64Array;
  if (model.structure === "full") {
    sqrt = symmetricSqrt(model.cov, d);
  } else {
    sqrt = new Float64Array(d * d);
    for (let i = 0; i < d; i++) sqrt[i * d + i] = Math.sqrt(model.cov[i * d + i]!);
  }
  return { model, inverse: inverseFromCholesky(l, d), logDet: logDetFromCholesky(l, d), trace, sqrt };
}

/** ln det of a covariance: -Infinity when it is singular (a rank-deficient fit), NaN when it is not finite. */
function logDetOf(model: MvGaussianModel, d: number): number {
  const c = model.cov;
  if (model.structure !== "full") {
    let s = 0;
    for (let i = 0; i < d; i++) s += Math.log(c[i * d + i]!);
    return s;
  }
  for (let i = 0; i < d * d; i++) if (!Number.isFinite(c[i]!)) return Number.NaN;
  const { l, failedAt } = choleskyFactor(c, d);
  return failedAt >= 0 ? Number.NEGATIVE_INFINITY : logDetFromCholesky(l, d);
}

/** tr (S*^1/2 S_t S*^1/2)^1/2, the fidelity term of W2 (cheap when both covariances are diagonal). */
function fidelity(model: MvGaussianModel, truth: PreparedTruth, d: number): number {
  const a = model.cov;
  const b = truth.model.cov;
  if (model.structure !== "full" && truth.model.structure !== "full") {
    let s = 0;
    for (let i = 0; i < d; i++) s += Math.sqrt(Math.max(a[i * d + i]! * b[i * d + i]!, 0));
    return s;
  }
  let values: Float64Array;
  if (truth.model.structure === "isotropic") {
    values = symmetricEigen(a, d).values;
    for (let i = 0; i < d; i++) values[i] = values[i]! * b[0]!;
  } else {
    const s = truth.sqrt;
    const sa = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        let x = 0;
        for (let k = 0; k < d; k++) x += s[i * d + k]! * a[k * d + j]!;
        sa[i * d + j] = x;
      }
    }
    const m = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        let x = 0;
        for (let k = 0; k < d; k++) x += sa[i * d + k]! * s[k * d + j]!;
        m[i * d + j] = x;
        m[j * d + i] = x;
      }
    }
    values = symmetricEigen(m, d).values;
  }
  let total = 0;
  for (let i = 0; i < d; i++) total += Math.sqrt(Math.max(values[i]!, 0));
  return total;
}

/** Writes MVGAUSSIAN_METRICS of `model` against the prepared truth into out; never throws. */
export function measureMvGaussian(
  model: MvGaussianModel,
  truth: PreparedTruth,
  d: number,
  out: Float64Array,
): void {
  const mu = truth.model.mean;
  const inv = truth.inverse;
  const a = model.cov;
  let sqErr = 0;
  let mahalanobis = 0;
  let trace = 0;
  let traceRatio = 0;
  for (let i = 0; i < d; i++) {
    const di = model.mean[i]! - mu[i]!;
    sqErr += di * di;
    trace += a[i * d + i]!;
    for (let j = 0; j < d; j++) {
      mahalanobis += di * inv[i * d + j]! * (model.mean[j]! - mu[j]!);
      traceRatio += inv[i * d + j]! * a[i * d + j]!;
    }
  }
  const logDet = logDetOf(model, d);
  out[0] = sqErr;
  out[1] = trace;
  out[2] = logDet;
  out[3] = Math.max(0, sqErr + trace + truth.trace - 2 * fidelity(model, truth, d));
  out[4] = 0.5 * (traceRatio + mahalanobis - d + truth.logDet - logDet);
}
