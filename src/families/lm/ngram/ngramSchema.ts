// Options of the n-gram learner (spec `model`): order 1..5, smoothing mle | add-k | kneser-ney (Chen & Goodman 1998).
import { z } from "zod";
import { oneOf, positiveNumber, strictObject } from "../../../core/schema.js";
import { decodingSchema } from "../decoding/decodingSchema.js";

const ORDER = "an integer in [1, 5] (1 = unigram)";

export const epsilonSchema = z
  .number({ error: "a number in [0, 1): the floor mixed into probabilities for perplexity" })
  .min(0, { error: "a number in [0, 1): the floor mixed into probabilities for perplexity" })
  .lt(1, { error: "a number in [0, 1): the floor mixed into probabilities for perplexity" })
  .default(1e-6);

export const ngramSchema = strictObject({
  order: z
    .number({ error: ORDER })
    .int({ error: ORDER })
    .min(1, { error: ORDER })
    .max(5, { error: ORDER })
    .default(3),
  smoothing: oneOf(["mle", "add-k", "kneser-ney"]).default("kneser-ney"),
  k: positiveNumber("a number > 0 (the add-k constant)").default(1),
  decoding: decodingSchema,
  eval_epsilon: epsilonSchema,
});

export type NgramOptions = z.infer<typeof ngramSchema>;
