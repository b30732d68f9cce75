// The experiment spec's structure (../shared/docs/contract.md): everything but the family parameters, which families validate.
import { z } from "zod";
import { integerAtLeast, numberIn, oneOf, positiveNumber, strictObject } from "../core/schema.js";

const familyName = z.string({ error: "a family name" }).min(1, { error: "a family name" });

const scheduleSchema = z.discriminatedUnion(
  "schedule",
  [
    strictObject({ schedule: z.literal("constant"), value: numberIn(0, 1) }),
    strictObject({ schedule: z.literal("harmonic"), a0: numberIn(0, 1) }),
    strictObject({ schedule: z.literal("power"), a0: numberIn(0, 1), p: positiveNumber("an exponent > 0") }),
    strictObject({
      schedule: z.literal("exponential"),
      a0: numberIn(0, 1),
      rate: z.number({ error: "a rate >= 0" }).min(0, { error: "a rate >= 0" }),
    }),
    strictObject({
      schedule: z.literal("list"),
      values: z.array(numberIn(0, 1), { error: "a list of numbers in [0, 1]" }).min(1, {
        error: "a non-empty list of numbers in [0, 1]",
      }),
    }),
  ],
  { error: "a schedule: constant, harmonic, power, exponential or list" },
);

const alphaSchema = z.union([numberIn(0, 1), scheduleSchema], {
  error: "a number in [0, 1] or a schedule {schedule: constant|harmonic|power|exponential|list, ...}",
});

const SEED_ALLOWED = "an integer in [0, 2^53)";

/** The spec before family parameters are checked: truth and model keep their extra keys for the family. */
export const experimentSchema = strictObject({
  name: z.string({ error: "a non-empty name" }).min(1, { error: "a non-empty name" }),
  // One message for every seed check: zod's int() also rejects 2^53 and above, which "an integer >= 0" would not explain.
  seed: z
    .number({ error: SEED_ALLOWED })
    .int({ error: SEED_ALLOWED })
    .min(0, { error: SEED_ALLOWED })
    .max(Number.MAX_SAFE_INTEGER, { error: SEED_ALLOWED })
    .default(0),
  replicates: integerAtLeast(1).default(100),
  generations: integerAtLeast(1).default(10),
  truth: z.looseObject({ family: familyName }, { error: "an object with a family" }),
  model: z.looseObject({ family: familyName }, { error: "an object with a family" }).optional(),
  data: strictObject({
    n: integerAtLeast(1),
    regime: oneOf(["replace", "accumulate", "accumulate-subsample", "fixed-real"]).default("replace"),
    alpha: alphaSchema.default(0),
    lambda: positiveNumber("a number of synthetic samples per real sample, > 0").default(1),
  }),
  sampling: strictObject({
    temperature: positiveNumber("a temperature > 0").default(1),
    reservoir: numberIn(0, 1).default(0),
  }).default({ temperature: 1, reservoir: 0 }),
});

export type ExperimentInput = z.input<typeof experimentSchema>;
