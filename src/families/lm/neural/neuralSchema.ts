// Options of the neural learner (spec `model`): a one-layer GRU language model (Cho et al. 2014) trained with Adam.
import type { z } from "zod";
import { integerAtLeast, oneOf, positiveNumber, strictObject } from "../../../core/schema.js";
import { decodingSchema } from "../decoding/decodingSchema.js";
import { epsilonSchema } from "../ngram/ngramSchema.js";

export const neuralSchema = strictObject({
  architecture: oneOf(["gru"]).default("gru"),
  hidden: integerAtLeast(1).default(64),
  /** Adam updates per generation (a fixed budget, so regimes with growing pools cost the same per generation). */
  steps: integerAtLeast(1).default(300),
  /** Blocks per minibatch. */
  batch: integerAtLeast(1).default(32),
  learning_rate: positiveNumber("a learning rate > 0").default(0.01),
  /** scratch: new weights each generation (drawn from the data's seed); fine-tune: start from the last generation's. */
  init: oneOf(["scratch", "fine-tune"]).default("fine-tune"),
  /** Updates of the generation-0 model on the real training split (default: steps). */
  steps0: integerAtLeast(1).optional(),
  /**
   * Learning rate of the generation-0 model (default: learning_rate): the pretraining step beside the fine-tuning
   * step `learning_rate` of later generations, as fine-tuning usually takes smaller steps than training from scratch.
   */
  learning_rate0: positiveNumber("a learning rate > 0").optional(),
  decoding: decodingSchema,
  eval_epsilon: epsilonSchema,
});

export type NeuralOptions = z.infer<typeof neuralSchema>;
