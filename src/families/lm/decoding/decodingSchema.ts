// Decoding options of a language model (spec `model.decoding`); temperature is the spec's `sampling.temperature`.
import { z } from "zod";
import { integerAtLeast, oneOf, strictObject } from "../../../core/schema.js";

const topP = z
  .number({ error: "a number in (0, 1] (1 keeps every token)" })
  .gt(0, { error: "a number in (0, 1] (1 keeps every token)" })
  .max(1, { error: "a number in (0, 1] (1 keeps every token)" });

const penalty = z
  .number({ error: "a number >= 1 (1 is no penalty)" })
  .min(1, { error: "a number >= 1 (1 is no penalty)" });

export const DECODING_DEFAULTS = {
  strategy: "sample",
  top_k: 0,
  top_p: 1,
  repetition_penalty: 1,
  beam_width: 4,
  prompt: 0,
} as const;

export const decodingSchema = strictObject({
  /** sample (ancestral), greedy (argmax) or beam (the most probable block among beam_width hypotheses). */
  strategy: oneOf(["sample", "greedy", "beam"]).default("sample"),
  /** Keep only the k most probable next tokens; 0 keeps all (Fan et al. 2018). */
  top_k: integerAtLeast(0).default(0),
  /** Nucleus: the smallest set of next tokens whose probability reaches top_p (Holtzman et al. 2020). */
  top_p: topP.default(1),
  /** p -> p^penalty for tokens already in the block (Keskar et al. 2019, in probability form). */
  repetition_penalty: penalty.default(1),
  beam_width: integerAtLeast(1).default(4),
  /** Condition each generated block on the first `prompt` tokens of a random real training block (not emitted). */
  prompt: integerAtLeast(0).default(0),
}).default({ ...DECODING_DEFAULTS });

export type DecodingOptions = z.infer<typeof decodingSchema>;

/** True when decoding is plain ancestral sampling at temperature 1 (the families' fast paths). */
export function isPlainSampling(decoding: DecodingOptions, temperature: number): boolean {
  return (
    decoding.strategy === "sample" &&
    decoding.top_k === 0 &&
    decoding.top_p === 1 &&
    decoding.repetition_penalty === 1 &&
    temperature === 1
  );
}
