// The multivariate Gaussian's spec: truth mean (d <= 64) with sd (isotropic) or cov (symmetric positive definite, checked by Cholesky); learner covariance and estimator.
import { z } from "zod";
import { finiteNumber, oneOf, positiveNumber, strictObject } from "../../core/schema.js";
import type { CheckIssue } from "../family.js";
import { choleskyFactor } from "./choleskyFactor.js";

/** The largest dimension: the metrics cost O(d^3) per replicate and generation (Jacobi eigenvalues for W2). */
export const MAX_MVGAUSSIAN_DIMENSION = 64;

const MEAN_ALLOWED = `a list of 1 to ${MAX_MVGAUSSIAN_DIMENSION} finite numbers`;
const COV_ALLOWED = "a d x d symmetric positive-definite matrix, as a list of d rows of finite numbers";

export const mvgaussianTruthSchema = strictObject({
  mean: z
    .array(finiteNumber(MEAN_ALLOWED), { error: MEAN_ALLOWED })
    .min(1, { error: MEAN_ALLOWED })
    .max(MAX_MVGAUSSIAN_DIMENSION, { error: MEAN_ALLOWED }),
  sd: positiveNumber("a standard deviation > 0 (isotropic covariance sd^2 I)").optional(),
  cov: z.array(z.array(finiteNumber(COV_ALLOWED), { error: COV_ALLOWED }), { error: COV_ALLOWED }).optional(),
}).transform((truth) => (truth.sd === undefined && truth.cov === undefined ? { ...truth, sd: 1 } : truth));

export type MvGaussianTruth = z.infer<typeof mvgaussianTruthSchema>;

export const mvgaussianModelSchema = strictObject({
  covariance: oneOf(["full", "diagonal", "isotropic"]).default("full"),
  estimator: oneOf(["mle", "unbiased"]).default("mle"),
});

export type MvGaussianOptions = z.infer<typeof mvgaussianModelSchema>;

/** Shape, symmetry (to 1e-12 relative) and positive definiteness of truth.cov; exactly one of sd or cov. */
export function checkMvGaussianTruth(truth: MvGaussianTruth): CheckIssue[] {
  const d = truth.mean.length;
  const cov = truth.cov;
  if (cov === undefined) return [];
  if (truth.sd !== undefined) {
    return [
      { path: "truth", value: truth, allowed: "one of sd (isotropic) or cov (a full matrix), not both" },
    ];
  }
  if (cov.length !== d || cov.some((row) => row.length !== d)) {
    return [
      { path: "truth.cov", value: cov, allowed: `${COV_ALLOWED}, with d = ${d} (the length of truth.mean)` },
    ];
  }
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < i; j++) {
      const a = cov[i]![j]!;
      const b = cov[j]![i]!;
      if (Math.abs(a - b) > 1e-12 * Math.max(Math.abs(a), Math.abs(b))) {
        return [
          {
            path: `truth.cov.${i}.${j}`,
            value: a,
            allowed: `a symmetric matrix: cov[${i}][${j}] equal to cov[${j}][${i}] = ${b}`,
          },
        ];
      }
    }
  }
  const { failedAt } = choleskyFactor(cov.flat(), d);
  if (failedAt >= 0) {
    return [
      {
        path: "truth.cov",
        value: cov,
        allowed: `a positive-definite matrix (this one's Cholesky factorisation fails at pivot ${failedAt}: its leading ${failedAt + 1} x ${failedAt + 1} block is not positive definite)`,
      },
    ];
  }
  return [];
}
