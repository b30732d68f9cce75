// Categorical over K outcomes (spec `truth.probs` or `truth.k`); resampling it is haploid Wright-Fisher (docs/theory.md#categorical).
import { z } from "zod";
import { integerAtLeast, strictObject } from "../../core/schema.js";
import type { CheckIssue, Family } from "../family.js";
import { createDiscreteInstance } from "./discreteInstance.js";
import { type DiscreteEstimatorOptions, discreteEstimatorSchema } from "./estimatorSchema.js";
import { checkDiscreteMemory } from "./memoryCheck.js";

const probability = z
  .number({ error: "a probability in [0, 1]" })
  .min(0, { error: "a probability in [0, 1]" })
  .max(1, {
    error: "a probability in [0, 1]",
  });

const categoricalTruthSchema = strictObject({
  probs: z.array(probability, { error: "a list of probabilities summing to 1" }).min(1).optional(),
  k: integerAtLeast(1).optional(),
});

export type CategoricalTruth = z.infer<typeof categoricalTruthSchema>;

/** The truth's probability vector: `probs` as given, or uniform over `k`. */
export function categoricalProbs(truth: CategoricalTruth): Float64Array {
  if (truth.probs) return Float64Array.from(truth.probs);
  const k = truth.k ?? 1;
  return new Float64Array(k).fill(1 / k);
}

export const categoricalFamily: Family<CategoricalTruth, DiscreteEstimatorOptions> = {
  name: "categorical",
  truthFamilies: ["categorical"],
  capabilities: { subsample: true, temperature: true, reservoir: true },
  truthSchema: () => categoricalTruthSchema,
  modelSchema: discreteEstimatorSchema,
  check(truth, _options, { replicates }) {
    const issues: CheckIssue[] = [];
    if ((truth.probs === undefined) === (truth.k === undefined)) {
      issues.push({
        path: "truth",
        value: truth,
        allowed: "exactly one of probs (a list) or k (uniform over k outcomes)",
      });
      return issues;
    }
    if (truth.probs) {
      const sum = truth.probs.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-9 * Math.max(1, truth.probs.length)) {
        issues.push({
          path: "truth.probs",
          value: truth.probs,
          allowed: `probabilities summing to 1 (these sum to ${sum})`,
        });
      }
    }
    issues.push(
      ...checkDiscreteMemory(
        truth.probs?.length ?? truth.k ?? 1,
        replicates,
        truth.probs ? "truth.probs" : "truth.k",
      ),
    );
    return issues;
  },
  create: (truth, options, sampling) => createDiscreteInstance(categoricalProbs(truth), options, sampling),
};
