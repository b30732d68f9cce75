// The Poisson learner (MLE = sample mean) on its exact sufficient statistic; rate 0 is absorbing (docs/theory.md#poisson).
import type { z } from "zod";
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { finiteNumber, oneOf, strictObject } from "../../core/schema.js";
import type { CheckIssue, Family, FamilyInstance } from "../family.js";
import { measurePoisson, POISSON_METRICS } from "./measurePoisson.js";
import {
  combinePoissonData,
  EMPTY_POISSON_DATA,
  type PoissonData,
  samplePoissonHistogram,
  samplePoissonStats,
  subsamplePoissonData,
} from "./poissonData.js";
import { poissonWindow } from "./poissonPmf.js";

/** A fitted Poisson: its rate. */
export interface PoissonModel {
  readonly rate: number;
}

/** The largest truth rate: the metrics sum O(sqrt(rate)) pmf terms per replicate and generation. */
export const MAX_POISSON_RATE = 1e6;

const RATE_ALLOWED = `a rate in [0, ${MAX_POISSON_RATE}]`;

const poissonTruthSchema = strictObject({
  rate: finiteNumber(RATE_ALLOWED)
    .min(0, { error: RATE_ALLOWED })
    .max(MAX_POISSON_RATE, { error: RATE_ALLOWED }),
});
const poissonModelSchema = strictObject({ estimator: oneOf(["mle"]).default("mle") });

function encodeData(data: PoissonData): unknown {
  return data.histogram
    ? { count: data.count, total: data.total, histogram: encodeFloat64(data.histogram) }
    : { count: data.count, total: data.total };
}

function decodeData(json: unknown): PoissonData {
  const o = json as { count: number; total: number; histogram?: string };
  return o.histogram === undefined
    ? { count: o.count, total: o.total }
    : { count: o.count, total: o.total, histogram: decodeFloat64(o.histogram) };
}

export const poissonFamily: Family<z.infer<typeof poissonTruthSchema>, z.infer<typeof poissonModelSchema>> = {
  name: "poisson",
  truthFamilies: ["poisson"],
  capabilities: { subsample: true, temperature: false, reservoir: false },
  truthSchema: () => poissonTruthSchema,
  modelSchema: poissonModelSchema,
  check(truth, _options, { n }): CheckIssue[] {
    if (truth.rate * n < 2 ** 52) return [];
    return [
      {
        path: "truth.rate",
        value: truth.rate,
        allowed: `rate x data.n below 2^52 (exact integer totals); at most ${2 ** 52 / n} for n = ${n}`,
      },
    ];
  },
  create(truth, _options, sampling): FamilyInstance<PoissonModel, PoissonData> {
    const truthRate = truth.rate;
    const truthWindow = poissonWindow(truthRate);
    const draw = sampling.keepSamples ? samplePoissonHistogram : samplePoissonStats;
    return {
      metricNames: POISSON_METRICS,
      truth: { rate: truthRate },
      sampleTruth: (rng, n) => draw(rng, truthRate, n),
      sample: (rng, model, n) => draw(rng, model.rate, n),
      empty: () =>
        sampling.keepSamples ? { count: 0, total: 0, histogram: new Float64Array(0) } : EMPTY_POISSON_DATA,
      combine: combinePoissonData,
      size: (data) => data.count,
      subsample: subsamplePoissonData,
      fit: (data, previous) => (data.count > 0 ? { rate: data.total / data.count } : previous),
      measure: (model, out) => measurePoisson(model.rate, truthRate, truthWindow, out),
      encodeModel: (model) => ({ rate: model.rate }),
      decodeModel: (json) => ({ rate: (json as PoissonModel).rate }),
      encodeData,
      decodeData,
    };
  },
};
