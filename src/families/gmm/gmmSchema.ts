// The Gaussian mixture's spec: truth weights (summing to 1), means, sds of equal length; EM options with a sd floor.
import { z } from "zod";
import { finiteNumber, integerAtLeast, positiveNumber, strictObject } from "../../core/schema.js";
import type { CheckIssue } from "../family.js";

/** At most this many components (EM costs O(n K) per iteration, the metrics O(K^2)). */
export const MAX_GMM_COMPONENTS = 32;

const listOf = (item: z.ZodNumber, allowed: string) =>
  z.array(item, { error: allowed }).min(1, { error: allowed }).max(MAX_GMM_COMPONENTS, { error: allowed });

const WEIGHTS = `a list of 1 to ${MAX_GMM_COMPONENTS} weights > 0 summing to 1`;
const MEANS = `a list of 1 to ${MAX_GMM_COMPONENTS} finite means`;
const SDS = `a list of 1 to ${MAX_GMM_COMPONENTS} standard deviations > 0`;

export const gmmTruthSchema = strictObject({
  weights: listOf(positiveNumber(WEIGHTS), WEIGHTS),
  means: listOf(finiteNumber(MEANS), MEANS),
  sds: listOf(positiveNumber(SDS), SDS),
});

export type GmmTruth = z.infer<typeof gmmTruthSchema>;

export const gmmModelSchema = strictObject({
  components: integerAtLeast(1)
    .max(MAX_GMM_COMPONENTS, { error: `an integer in [1, ${MAX_GMM_COMPONENTS}]` })
    .optional(),
  iterations: integerAtLeast(1).default(200),
  tolerance: z
    .number({ error: "a change in mean log-likelihood per sample >= 0" })
    .min(0, { error: "a change in mean log-likelihood per sample >= 0" })
    .default(1e-8),
  min_sd: positiveNumber("a standard-deviation floor > 0").default(1e-6),
});

export type GmmOptions = z.infer<typeof gmmModelSchema>;

/** Equal lengths, weights summing to 1, and a floor below every truth sd. */
export function checkGmm(truth: GmmTruth, options: GmmOptions): CheckIssue[] {
  const k = truth.weights.length;
  const issues: CheckIssue[] = [];
  for (const key of ["means", "sds"] as const) {
    if (truth[key].length !== k) {
      issues.push({
        path: `truth.${key}`,
        value: truth[key],
        allowed: `a list of ${k} numbers, one per component (truth.weights has ${k})`,
      });
    }
  }
  const sum = truth.weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9 * k) {
    issues.push({ path: "truth.weights", value: truth.weights, allowed: `${WEIGHTS} (these sum to ${sum})` });
  }
  const smallest = Math.min(...truth.sds);
  if (options.min_sd >= smallest) {
    issues.push({
      path: "model.min_sd",
      value: options.min_sd,
      allowed: `a floor below the smallest truth sd (${smallest})`,
    });
  }
  return issues;
}
