// The multivariate Gaussian learner (full, diagonal or isotropic covariance; MLE or unbiased) on exact sufficient statistics (docs/theory.md#gaussian).
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import type { Family, FamilyInstance } from "../family.js";
import { MVGAUSSIAN_METRICS, measureMvGaussian, prepareTruth } from "./measureMvGaussian.js";
import {
  type CovarianceKind,
  combineMvGaussianData,
  emptyMvGaussianData,
  type MvGaussianData,
  subsampleMvGaussianData,
} from "./mvgaussianData.js";
import {
  checkMvGaussianTruth,
  type MvGaussianOptions,
  type MvGaussianTruth,
  mvgaussianModelSchema,
  mvgaussianTruthSchema,
} from "./mvgaussianSchema.js";
import { type MvGaussianModel, sampleMvGaussianPoints, sampleMvGaussianStats } from "./sampleMvGaussian.js";

/** P* as a model: sd^2 I, or cov (diagonal when its off-diagonal entries are all 0). */
export function mvgaussianTruthModel(truth: MvGaussianTruth): MvGaussianModel {
  const d = truth.mean.length;
  const cov = new Float64Array(d * d);
  let structure: CovarianceKind = "isotropic";
  if (truth.cov) {
    structure = "diagonal";
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        cov[i * d + j] = truth.cov[i]![j]!;
        if (i !== j && cov[i * d + j] !== 0) structure = "full";
      }
    }
  } else {
    const s2 = (truth.sd ?? 1) ** 2;
    for (let i = 0; i < d; i++) cov[i * d + i] = s2;
  }
  return { mean: Float64Array.from(truth.mean), cov, structure };
}

/** The fit: mean = xbar, covariance = scatter / (n or n - 1) in the learner's shape; `previous` when too few samples. */
export function fitMvGaussian(
  data: MvGaussianData,
  previous: MvGaussianModel,
  kind: CovarianceKind,
  d: number,
  divisorOffset: number,
): MvGaussianModel {
  const divisor = data.count - divisorOffset;
  if (!(divisor > 0)) return previous;
  const cov = new Float64Array(d * d);
  const s = data.scatter;
  if (kind === "full") {
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        const x = (0.5 * (s[i * d + j]! + s[j * d + i]!)) / divisor;
        cov[i * d + j] = x;
        cov[j * d + i] = x;
      }
    }
  } else if (kind === "diagonal") {
    for (let i = 0; i < d; i++) cov[i * d + i] = s[i]! / divisor;
  } else {
    const c = s[0]! / (d * divisor);
    for (let i = 0; i < d; i++) cov[i * d + i] = c;
  }
  return { mean: Float64Array.from(data.mean), cov, structure: kind };
}

function encodeData(data: MvGaussianData): unknown {
  const stats = { count: data.count, mean: encodeFloat64(data.mean), scatter: encodeFloat64(data.scatter) };
  return data.values ? { ...stats, values: encodeFloat64(data.values) } : stats;
}

function decodeData(json: unknown): MvGaussianData {
  const o = json as { count: number; mean: string; scatter: string; values?: string };
  const stats = { count: o.count, mean: decodeFloat64(o.mean), scatter: decodeFloat64(o.scatter) };
  return o.values === undefined ? stats : { ...stats, values: decodeFloat64(o.values) };
}

export const mvgaussianFamily: Family<MvGaussianTruth, MvGaussianOptions> = {
  name: "mvgaussian",
  truthFamilies: ["mvgaussian"],
  capabilities: { subsample: true, temperature: true, reservoir: false },
  truthSchema: () => mvgaussianTruthSchema,
  modelSchema: mvgaussianModelSchema,
  check: (truth) => checkMvGaussianTruth(truth),
  create(truth, options, sampling): FamilyInstance<MvGaussianModel, MvGaussianData> {
    const d = truth.mean.length;
    const kind = options.covariance;
    const truthModel = mvgaussianTruthModel(truth);
    const prepared = prepareTruth(truthModel, d);
    const tau = sampling.temperature;
    const keep = sampling.keepSamples;
    const draw = keep ? sampleMvGaussianPoints : sampleMvGaussianStats;
    const divisorOffset = options.estimator === "unbiased" ? 1 : 0;
    return {
      metricNames: MVGAUSSIAN_METRICS,
      truth: truthModel,
      sampleTruth: (rng, n) => draw(rng, truthModel, n, d, kind),
      sample: (rng, model, n) => draw(rng, model, n, d, kind, tau),
      empty: () => emptyMvGaussianData(kind, d, keep),
      combine: (a, b) => combineMvGaussianData(a, b, kind, d),
      size: (data) => data.count,
      subsample: (rng, pool, n) => subsampleMvGaussianData(rng, pool, n, kind, d),
      fit: (data, previous) => fitMvGaussian(data, previous, kind, d, divisorOffset),
      measure: (model, out) => measureMvGaussian(model, prepared, d, out),
      encodeModel: (model) => ({
        mean: encodeFloat64(model.mean),
        cov: encodeFloat64(model.cov),
        structure: model.structure,
      }),
      decodeModel: (json) => {
        const o = json as { mean: string; cov: string; structure: CovarianceKind };
        return { mean: decodeFloat64(o.mean), cov: decodeFloat64(o.cov), structure: o.structure };
      },
      encodeData,
      decodeData,
    };
  },
};
