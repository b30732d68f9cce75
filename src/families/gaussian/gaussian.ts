// The 1-D Gaussian learner, MLE or unbiased variance, on exact sufficient statistics (docs/theory.md#gaussian).
import type { z } from "zod";
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { finiteNumber, oneOf, positiveNumber, strictObject } from "../../core/schema.js";
import type { Family, FamilyInstance } from "../family.js";
import {
  combineGaussianData,
  EMPTY_GAUSSIAN_DATA,
  type GaussianData,
  sampleGaussianStats,
  sampleGaussianValues,
  subsampleGaussianData,
} from "./gaussianData.js";
import { createGaussianKernel } from "./gaussianKernel.js";
import { GAUSSIAN_METRICS, type GaussianModel, measureGaussianInto } from "./gaussianMetrics.js";

const gaussianTruthSchema = strictObject({
  mean: finiteNumber().default(0),
  sd: positiveNumber("a standard deviation > 0").default(1),
});
const gaussianModelSchema = strictObject({ estimator: oneOf(["mle", "unbiased"]).default("mle") });

function encodeData(data: GaussianData): unknown {
  return data.values
    ? { count: data.count, mean: data.mean, m2: data.m2, values: encodeFloat64(data.values) }
    : { count: data.count, mean: data.mean, m2: data.m2 };
}

function decodeData(json: unknown): GaussianData {
  const o = json as { count: number; mean: number; m2: number; values?: string };
  return o.values === undefined
    ? { count: o.count, mean: o.mean, m2: o.m2 }
    : { count: o.count, mean: o.mean, m2: o.m2, values: decodeFloat64(o.values) };
}

export const gaussianFamily: Family<
  z.infer<typeof gaussianTruthSchema>,
  z.infer<typeof gaussianModelSchema>
> = {
  name: "gaussian",
  truthFamilies: ["gaussian"],
  capabilities: { subsample: true, temperature: true, reservoir: false },
  truthSchema: () => gaussianTruthSchema,
  modelSchema: gaussianModelSchema,
  create(truth, options, sampling): FamilyInstance<GaussianModel, GaussianData> {
    const mu = truth.mean;
    const s2 = truth.sd * truth.sd;
    const tau = sampling.temperature;
    const draw = sampling.keepSamples ? sampleGaussianValues : sampleGaussianStats;
    const divisorOffset = options.estimator === "unbiased" ? 1 : 0;
    return {
      metricNames: GAUSSIAN_METRICS,
      truth: { mean: mu, var: s2 },
      sampleTruth: (rng, n) => draw(rng, mu, s2, n),
      sample: (rng, model, n) => draw(rng, model.mean, tau * model.var, n),
      empty: () =>
        sampling.keepSamples ? { ...EMPTY_GAUSSIAN_DATA, values: new Float64Array(0) } : EMPTY_GAUSSIAN_DATA,
      combine: combineGaussianData,
      size: (data) => data.count,
      subsample: subsampleGaussianData,
      fit: (data, previous) => {
        const divisor = data.count - divisorOffset;
        return divisor > 0 ? { mean: data.mean, var: data.m2 / divisor } : previous;
      },
      measure: (model, out) => measureGaussianInto(model.mean, model.var, mu, s2, out),
      encodeModel: (model) => ({ mean: model.mean, var: model.var }),
      decodeModel: (json) => {
        const o = json as GaussianModel;
        return { mean: o.mean, var: o.var };
      },
      encodeData,
      decodeData,
      createKernel: (replicates, plan) =>
        sampling.keepSamples ? null : createGaussianKernel(replicates, plan, { mu, s2, tau, divisorOffset }),
    };
  },
};
