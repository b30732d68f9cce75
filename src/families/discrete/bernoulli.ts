// Bernoulli(p): the two-outcome categorical, reported with its parameter `p` (docs/theory.md#bernoulli).
import { z } from "zod";
import { strictObject } from "../../core/schema.js";
import type { Family } from "../family.js";
import { createDiscreteInstance } from "./discreteInstance.js";
import { type DiscreteEstimatorOptions, discreteEstimatorSchema } from "./estimatorSchema.js";

const bernoulliTruthSchema = strictObject({
  p: z.number({ error: "a probability in [0, 1]" }).min(0, { error: "a probability in [0, 1]" }).max(1, {
    error: "a probability in [0, 1]",
  }),
});

export const bernoulliFamily: Family<z.infer<typeof bernoulliTruthSchema>, DiscreteEstimatorOptions> = {
  name: "bernoulli",
  truthFamilies: ["bernoulli"],
  capabilities: { subsample: true, temperature: true, reservoir: true },
  truthSchema: () => bernoulliTruthSchema,
  modelSchema: discreteEstimatorSchema,
  create: (truth, options, sampling) =>
    createDiscreteInstance(Float64Array.of(1 - truth.p, truth.p), options, sampling, [
      { name: "p", value: (probs) => probs[1]! },
    ]),
};
