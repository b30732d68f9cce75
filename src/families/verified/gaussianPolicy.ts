// The gaussian-policy family (issue 6): a Gaussian policy with a target, improved by a verifier; with a soft
// verifier its infinite-sample law is the closed form of docs/theory.md#soft-verifier.
import type { z } from "zod";
import { finiteNumber, positiveNumber, strictObject } from "../../core/schema.js";
import type { Family, FamilyInstance } from "../family.js";
import { GAUSSIAN_POLICY_METRICS, measureGaussianPolicy } from "./gaussianPolicyMetrics.js";
import { learnedGaussianVerifier } from "./learnedVerifier.js";
import { type Moments, MomentsAccumulator, mergeMoments, NO_MOMENTS } from "./moments.js";
import { nothingAccepted } from "./nothingAccepted.js";
import { perfectGaussianVerifier } from "./perfectVerifier.js";
import { reinforceUpdateGaussian } from "./reinforceUpdate.js";
import { rejectionUpdateGaussian } from "./rejectionUpdate.js";
import { sampleVerifiedGaussian } from "./sampleVerifiedGaussian.js";
import { softGaussianVerifier } from "./softVerifier.js";
import { thresholdGaussianVerifier } from "./thresholdVerifier.js";
import { updateRuleSchema } from "./updateRuleSchema.js";
import type { GaussianTask, GaussianVerifier } from "./verifier.js";
import { type GaussianVerifierSpec, gaussianVerifierSchema } from "./verifierSchemas.js";

const gaussianTaskSchema = strictObject({
  mean: finiteNumber().default(0),
  sd: positiveNumber("a standard deviation > 0").default(1),
  tolerance: positiveNumber("a tolerance > 0 (x is correct when |x - mean| <= tolerance)").default(1),
});

const gaussianPolicySchema = strictObject({
  verifier: gaussianVerifierSchema,
  update: updateRuleSchema.default({ rule: "rejection" }),
  initial: strictObject({
    mean: finiteNumber().optional(),
    sd: positiveNumber("a standard deviation > 0").optional(),
  }).default({}),
});

type GaussianTaskSpec = z.infer<typeof gaussianTaskSchema>;
type GaussianPolicyOptions = z.infer<typeof gaussianPolicySchema>;

export interface GaussianPolicyModel {
  readonly mean: number;
  readonly var: number;
  /** The verifier's centre (it moves only when the verifier learns). */
  readonly centre: number;
}

/** Candidates judged, those accepted, and ground-truth labels, as moments. */
export interface GaussianPolicyData {
  readonly judged: Moments;
  readonly accepted: Moments;
  readonly labels: Moments;
}

const EMPTY: GaussianPolicyData = { judged: NO_MOMENTS, accepted: NO_MOMENTS, labels: NO_MOMENTS };

function bindVerifier(spec: GaussianVerifierSpec, task: GaussianTask): GaussianVerifier {
  switch (spec.kind) {
    case "perfect":
      return perfectGaussianVerifier(task);
    case "threshold":
      return thresholdGaussianVerifier(task, spec);
    case "soft":
      return softGaussianVerifier(task, spec);
    case "learned":
      return learnedGaussianVerifier(task, spec);
  }
}

function moments(json: unknown): Moments {
  const o = json as Moments;
  return { count: o.count, mean: o.mean, m2: o.m2 };
}

export const gaussianPolicyFamily: Family<GaussianTaskSpec, GaussianPolicyOptions> = {
  name: "gaussian-policy",
  truthFamilies: ["gaussian"],
  capabilities: { subsample: false, temperature: false, reservoir: false },
  truthSchema: () => gaussianTaskSchema,
  modelSchema: gaussianPolicySchema,
  check: (_truth, options) =>
    options.verifier.kind === "threshold" &&
    options.verifier.false_positive === 0 &&
    options.verifier.false_negative === 1
      ? [
          {
            path: "model.verifier",
            value: options.verifier,
            allowed: "a verifier that accepts something: false_positive > 0 or false_negative < 1",
          },
        ]
      : [],
  create(truth, options): FamilyInstance<GaussianPolicyModel, GaussianPolicyData> {
    const task: GaussianTask = { mean: truth.mean, tolerance: truth.tolerance };
    const verifier = bindVerifier(options.verifier, task);
    const sd0 = options.initial.sd ?? truth.sd;
    const initial = { mean: options.initial.mean ?? truth.mean, var: sd0 * sd0 };
    const { update } = options;
    const tries = update.rule === "best-of-k" ? update.k : 1;
    return {
      metricNames: GAUSSIAN_POLICY_METRICS,
      truth: { ...initial, centre: verifier.initialCentre },
      firstFit: "model",
      sampleTruth(rng, n) {
        const labels = new MomentsAccumulator();
        for (let i = 0; i < n; i++) labels.add(truth.mean + truth.sd * rng.normal());
        return { ...EMPTY, labels: labels.result() };
      },
      sample(rng, model, n) {
        const batch = sampleVerifiedGaussian(rng, model.mean, model.var, verifier, model.centre, n, tries);
        return { judged: batch.judged.result(), accepted: batch.accepted.result(), labels: NO_MOMENTS };
      },
      empty: () => EMPTY,
      combine: (a, b) => ({
        judged: mergeMoments(a.judged, b.judged),
        accepted: mergeMoments(a.accepted, b.accepted),
        labels: mergeMoments(a.labels, b.labels),
      }),
      size: (data) => data.judged.count + data.labels.count,
      fit(data, previous) {
        const next =
          update.rule === "reinforce"
            ? reinforceUpdateGaussian(previous, initial, data.judged, data.accepted, data.labels, update)
            : rejectionUpdateGaussian(data.accepted, data.labels);
        if (next === null) throw nothingAccepted(options.verifier, data.judged.count);
        const centre = verifier.learn ? verifier.learn(data.accepted, previous.centre) : previous.centre;
        return { mean: next.mean, var: next.var, centre };
      },
      measure: (model, out) => measureGaussianPolicy(model, task, verifier, out),
      encodeModel: (model) => ({ mean: model.mean, var: model.var, centre: model.centre }),
      decodeModel(json) {
        const o = json as GaussianPolicyModel;
        return { mean: o.mean, var: o.var, centre: o.centre };
      },
      encodeData: (data) => ({ judged: data.judged, accepted: data.accepted, labels: data.labels }),
      decodeData(json) {
        const o = json as Record<string, unknown>;
        return { judged: moments(o.judged), accepted: moments(o.accepted), labels: moments(o.labels) };
      },
    };
  },
};
