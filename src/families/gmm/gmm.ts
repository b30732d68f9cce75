// The 1-D Gaussian mixture learner fitted by EM from the previous generation's model (the collapse experiment of Shumailov et al., Nature 631, 2024).
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import type { Rng } from "../../core/rng.js";
import type { Family, FamilyInstance } from "../family.js";
import { fitGmmEm, quantileStart } from "./fitGmmEm.js";
import type { GmmModel } from "./gmmModel.js";
import { checkGmm, type GmmOptions, type GmmTruth, gmmModelSchema, gmmTruthSchema } from "./gmmSchema.js";
import { GMM_METRICS, measureGmm } from "./measureGmm.js";
import { sampleGmm } from "./sampleGmm.js";

function concat(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** n values drawn without replacement (partial Fisher-Yates). */
function subsampleValues(rng: Rng, pool: Float64Array, n: number): Float64Array {
  const copy = Float64Array.from(pool);
  const take = Math.min(n, copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + rng.int(copy.length - i);
    const tmp = copy[i]!;
    copy[i] = copy[j]!;
    copy[j] = tmp;
  }
  return copy.slice(0, take);
}

function encodeModel(model: GmmModel): unknown {
  return {
    weights: encodeFloat64(model.weights),
    means: encodeFloat64(model.means),
    sds: encodeFloat64(model.sds),
  };
}

function decodeModel(json: unknown): GmmModel {
  const o = json as { weights: string; means: string; sds: string };
  return { weights: decodeFloat64(o.weights), means: decodeFloat64(o.means), sds: decodeFloat64(o.sds) };
}

export const gmmFamily: Family<GmmTruth, GmmOptions> = {
  name: "gmm",
  truthFamilies: ["gmm"],
  capabilities: { subsample: true, temperature: false, reservoir: false },
  truthSchema: () => gmmTruthSchema,
  modelSchema: gmmModelSchema,
  check: (truth, options) => checkGmm(truth, options),
  create(truth, options): FamilyInstance<GmmModel, Float64Array> {
    const truthModel: GmmModel = {
      weights: Float64Array.from(truth.weights),
      means: Float64Array.from(truth.means),
      sds: Float64Array.from(truth.sds),
    };
    const truthMean = truthModel.weights.reduce((a, w, j) => a + w * truthModel.means[j]!, 0);
    const k = options.components ?? truth.weights.length;
    const em = { iterations: options.iterations, tolerance: options.tolerance, minSd: options.min_sd };
    let scratch = new Float64Array(0);
    return {
      metricNames: GMM_METRICS,
      truth: truthModel,
      sampleTruth: (rng, n) => sampleGmm(rng, truthModel, n),
      sample: (rng, model, n) => sampleGmm(rng, model, n),
      empty: () => new Float64Array(0),
      combine: concat,
      size: (data) => data.length,
      subsample: subsampleValues,
      fit: (data, previous) => {
        if (data.length === 0) return previous;
        if (scratch.length < data.length * k) scratch = new Float64Array(data.length * k);
        const init = previous.weights.length === k ? previous : quantileStart(data, k);
        return fitGmmEm(data, init, em, scratch).model;
      },
      measure: (model, out) => measureGmm(model, truthModel, truthMean, options.min_sd, out),
      encodeModel,
      decodeModel,
      encodeData: encodeFloat64,
      decodeData: decodeFloat64,
    };
  },
};
