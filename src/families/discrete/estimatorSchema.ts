// The learner options shared by every discrete family: mle, or the MAP under a symmetric Dirichlet(prior), prior >= 1.
import { z } from "zod";
import { oneOf, strictObject } from "../../core/schema.js";

export const discreteEstimatorSchema = strictObject({
  estimator: oneOf(["mle", "map"]).default("mle"),
  prior: z
    .number({ error: "a Dirichlet concentration >= 1 (1 is the MLE)" })
    .min(1, { error: "a Dirichlet concentration >= 1 (1 is the MLE)" })
    .default(1),
});

export type DiscreteEstimatorOptions = z.infer<typeof discreteEstimatorSchema>;
