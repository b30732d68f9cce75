// The update rules a verified family offers (issue 6): RFT (Zelikman et al. 2022 STaR), best-of-k, REINFORCE (Williams 1992).
import { z } from "zod";
import { integerAtLeast, positiveNumber, strictObject } from "../../core/schema.js";

export const updateRuleSchema = z.discriminatedUnion(
  "rule",
  [
    strictObject({ rule: z.literal("rejection") }),
    strictObject({ rule: z.literal("best-of-k"), k: integerAtLeast(1).default(4) }),
    strictObject({
      rule: z.literal("reinforce"),
      learning_rate: positiveNumber("a learning rate > 0").default(0.5),
      kl: z.number({ error: "a KL weight >= 0" }).min(0, { error: "a KL weight >= 0" }).default(0),
    }),
  ],
  {
    error: "an update rule: {rule: rejection} | {rule: best-of-k, k} | {rule: reinforce, learning_rate, kl}",
  },
);

export type UpdateRule = z.infer<typeof updateRuleSchema>;
