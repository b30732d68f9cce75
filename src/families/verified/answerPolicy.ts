// The answer-policy family (issue 6): a policy per question over K candidate answers, improved by a verifier
// (generate, verify, update; Zelikman et al. 2022 STaR), under the loop of Zenil (arXiv 2601.05280).
import { z } from "zod";
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { numberIn, strictObject } from "../../core/schema.js";
import type { CheckIssue, Family, FamilyInstance } from "../family.js";
import {
  type AnswerData,
  answerDataSize,
  combineAnswerData,
  decodeAnswerData,
  emptyAnswerData,
  encodeAnswerData,
} from "./answerData.js";
import { ANSWER_METRICS, measureAnswers } from "./answerMetrics.js";
import { type AnswerTask, answerKey, answerTaskSchema, checkAnswerTask } from "./answerTask.js";
import { learnedAnswerVerifier } from "./learnedVerifier.js";
import { nothingAccepted } from "./nothingAccepted.js";
import { perfectAnswerVerifier } from "./perfectVerifier.js";
import { reinforceUpdateAnswers } from "./reinforceUpdate.js";
import { rejectionUpdateAnswers } from "./rejectionUpdate.js";
import { labelAnswers, sampleVerifiedAnswers } from "./sampleVerifiedAnswers.js";
import { softAnswerVerifier } from "./softVerifier.js";
import { thresholdAnswerVerifier } from "./thresholdVerifier.js";
import { updateRuleSchema } from "./updateRuleSchema.js";
import type { AnswerVerifier } from "./verifier.js";
import { type AnswerVerifierSpec, answerVerifierSchema } from "./verifierSchemas.js";

const answerPolicySchema = strictObject({
  verifier: answerVerifierSchema,
  update: updateRuleSchema.default({ rule: "rejection" }),
  rate: numberIn(0, 1)
    .refine((r) => r > 0, { error: "a number in (0, 1]" })
    .default(1),
  initial: strictObject({
    accuracy: z
      .number({ error: "a probability in (0, 1)" })
      .gt(0, { error: "a probability in (0, 1)" })
      .lt(1, { error: "a probability in (0, 1)" })
      .optional(),
    distractor: numberIn(0, 1).default(0),
  }).default({ distractor: 0 }),
});

type AnswerPolicyOptions = z.infer<typeof answerPolicySchema>;

/** The policy and the verifier's acceptance table (the verifier's state when it learns). */
export interface AnswerModel {
  readonly policy: Float64Array;
  readonly table: Float64Array;
}

function bindVerifier(spec: AnswerVerifierSpec, key: Uint32Array, K: number): AnswerVerifier {
  switch (spec.kind) {
    case "perfect":
      return perfectAnswerVerifier(key, K);
    case "threshold":
      return thresholdAnswerVerifier(key, K, spec);
    case "soft":
      return softAnswerVerifier(key, K, spec);
    case "learned":
      return learnedAnswerVerifier(key, K, spec);
  }
}

/**
 * pi0(c) = accuracy (default 1/K); the wrong mass 1 - accuracy spread evenly, except a share `distractor` of it
 * put on answer (c + 1) mod K, a plausible wrong answer.
 */
function initialPolicy(key: Uint32Array, K: number, initial: AnswerPolicyOptions["initial"]): Float64Array {
  const p = initial.accuracy ?? 1 / K;
  const d = initial.distractor;
  const policy = new Float64Array(key.length * K);
  for (let q = 0; q < key.length; q++) {
    const c = key[q]!;
    for (let a = 0; a < K; a++) policy[q * K + a] = a === c ? p : ((1 - p) * (1 - d)) / (K - 1);
    policy[q * K + ((c + 1) % K)]! += (1 - p) * d;
  }
  return policy;
}

function checkVerifier(verifier: AnswerVerifierSpec): CheckIssue[] {
  if ((verifier.kind === "threshold" || verifier.kind === "learned") && verifier.false_positive === 0) {
    if (verifier.false_negative === 1) {
      return [
        {
          path: "model.verifier",
          value: verifier,
          allowed: "a verifier that accepts something: false_positive > 0 or false_negative < 1",
        },
      ];
    }
  }
  return [];
}

export const answerPolicyFamily: Family<AnswerTask, AnswerPolicyOptions> = {
  name: "answer-policy",
  truthFamilies: ["answers"],
  capabilities: { subsample: false, temperature: false, reservoir: false },
  truthSchema: () => answerTaskSchema,
  modelSchema: answerPolicySchema,
  check: (truth, options) => [...checkAnswerTask(truth), ...checkVerifier(options.verifier)],
  create(truth, options): FamilyInstance<AnswerModel, AnswerData> {
    const key = answerKey(truth);
    const K = truth.candidates;
    const Q = key.length;
    const verifier = bindVerifier(options.verifier, key, K);
    const initial = initialPolicy(key, K, options.initial);
    const { update } = options;
    const tries = update.rule === "best-of-k" ? update.k : 1;
    return {
      metricNames: ANSWER_METRICS,
      truth: { policy: initial, table: verifier.initial },
      firstFit: "model",
      sampleTruth(_rng, n) {
        const data = emptyAnswerData(Q * K);
        labelAnswers(key, K, n, data);
        return data;
      },
      sample(rng, model, n) {
        const data = emptyAnswerData(Q * K);
        sampleVerifiedAnswers(rng, model.policy, model.table, Q, K, n, tries, data);
        return data;
      },
      empty: () => emptyAnswerData(Q * K),
      combine: combineAnswerData,
      size: answerDataSize,
      fit(data, previous) {
        const policy =
          update.rule === "reinforce"
            ? reinforceUpdateAnswers(previous.policy, initial, data, K, update)
            : rejectionUpdateAnswers(previous.policy, data, K, options.rate);
        if (policy === null) throw nothingAccepted(options.verifier, answerDataSize(data));
        const table = verifier.learn ? verifier.learn(data.accepted, data.judged) : previous.table;
        return { policy, table };
      },
      measure: (model, out) => measureAnswers(model.policy, model.table, key, K, out),
      encodeModel: (model) =>
        verifier.learn
          ? { policy: encodeFloat64(model.policy), table: encodeFloat64(model.table) }
          : { policy: encodeFloat64(model.policy) },
      decodeModel(json) {
        const o = json as { policy: string; table?: string };
        return {
          policy: decodeFloat64(o.policy),
          table: o.table === undefined ? verifier.initial : decodeFloat64(o.table),
        };
      },
      encodeData: encodeAnswerData,
      decodeData: decodeAnswerData,
    };
  },
};
