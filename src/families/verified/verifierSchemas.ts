// The verifiers of issue 6 as spec data (`model.verifier`): perfect, threshold, soft, learned; one schema per task.
import { z } from "zod";
import {
  finiteNumber,
  integerAtLeast,
  numberIn,
  oneOf,
  positiveNumber,
  strictObject,
} from "../../core/schema.js";

const rate = () => numberIn(0, 1);
const prior = () =>
  z.number({ error: "a prior strength >= 0" }).min(0, { error: "a prior strength >= 0" }).default(10);
const ERROR =
  "a verifier: {kind: perfect} | {kind: threshold, ...} | {kind: soft, ...} | {kind: learned, ...}";

/** Verifiers of a Gaussian policy; "correct" means within truth.tolerance of the truth's mean. */
export const gaussianVerifierSchema = z.discriminatedUnion(
  "kind",
  [
    strictObject({ kind: z.literal("perfect") }),
    strictObject({ kind: z.literal("threshold"), false_positive: rate(), false_negative: rate() }),
    strictObject({ kind: z.literal("soft"), centre: finiteNumber(), tau: positiveNumber("a width tau > 0") }),
    strictObject({
      kind: z.literal("learned"),
      centre: finiteNumber().default(0),
      tau: positiveNumber("a width tau > 0"),
      prior: prior(),
    }),
  ],
  { error: ERROR },
);

/** Verifiers of a per-question answer policy. */
export const answerVerifierSchema = z.discriminatedUnion(
  "kind",
  [
    strictObject({ kind: z.literal("perfect") }),
    strictObject({
      kind: z.literal("threshold"),
      false_positive: rate(),
      false_negative: rate(),
      errors: oneOf(["fixed", "fresh"]).default("fixed"),
      seed: integerAtLeast(0).default(0),
    }),
    strictObject({
      kind: z.literal("soft"),
      offset: finiteNumber().default(1),
      tau: positiveNumber("a width tau > 0").default(1),
    }),
    strictObject({
      kind: z.literal("learned"),
      false_positive: rate(),
      false_negative: rate(),
      prior: prior(),
    }),
  ],
  { error: ERROR },
);

export type GaussianVerifierSpec = z.infer<typeof gaussianVerifierSchema>;
export type AnswerVerifierSpec = z.infer<typeof answerVerifierSchema>;
