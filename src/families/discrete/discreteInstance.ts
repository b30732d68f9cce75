// The loop's view of a distribution over K outcomes: multinomial resampling is haploid Wright-Fisher (docs/theory.md#categorical).
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { sampleMultivariateHypergeometric } from "../../core/random/hypergeometric.js";
import type { Rng } from "../../core/rng.js";
import {
  applyTemperature,
  DISCRETE_METRICS,
  logProbabilities,
  measureDiscrete,
} from "../../core/stats/discreteMetrics.js";
import type { FamilyInstance, SamplingOptions } from "../family.js";
import { fitCountsInto, mixReservoirInto } from "./discreteFit.js";
import { createDiscreteKernel } from "./discreteKernel.js";
import { drawCountsInto } from "./drawCounts.js";

/** The learner's estimator: maximum likelihood, or the MAP under a symmetric Dirichlet(prior) (prior >= 1). */
export interface DiscreteEstimator {
  readonly estimator: "mle" | "map";
  readonly prior: number;
}

/** Extra per-family metrics computed from the fitted probability vector (e.g. bernoulli's p). */
export interface ExtraMetric {
  readonly name: string;
  readonly value: (p: Float64Array) => number;
}

/** n outcomes of p as counts (drawCountsInto); no draws give `none` itself (shared zeros that nothing writes to). */
function drawCounts(rng: Rng, p: Float64Array, n: number, none: Float64Array): Float64Array {
  return n === 0 ? none : drawCountsInto(rng, p, n, new Float64Array(p.length));
}

/** Binds a discrete distribution (truth probabilities) and an estimator to one experiment. */
export function createDiscreteInstance(
  truth: Float64Array,
  estimator: DiscreteEstimator,
  sampling: SamplingOptions,
  extras: readonly ExtraMetric[] = [],
): FamilyInstance<Float64Array, Float64Array> {
  const k = truth.length;
  const { temperature, reservoir } = sampling;
  const metricNames = [...DISCRETE_METRICS, ...extras.map((e) => e.name)];
  const base = DISCRETE_METRICS.length;
  const logTruth = logProbabilities(truth);
  const pseudoCount = estimator.estimator === "map" ? estimator.prior - 1 : 0;
  // Count vectors are never written after they are made, so the empty draw can be one shared array and combining
  // with it can return the other side: at K = 1000 each fresh Float64Array costs about 3 microseconds.
  const none = new Float64Array(k);
  const measure = (p: Float64Array, out: Float64Array): void => {
    measureDiscrete(p, truth, out, 0, logTruth);
    for (let j = 0; j < extras.length; j++) out[base + j] = extras[j]!.value(p);
  };
  return {
    metricNames,
    truth,
    sampleTruth: (rng, n) => drawCounts(rng, truth, n, none),
    sample: (rng, model, n) =>
      drawCounts(rng, temperature === 1 ? model : applyTemperature(model, temperature), n, none),
    empty: () => new Float64Array(k),
    combine: (a, b) => {
      if (a === none) return b;
      if (b === none) return a;
      const out = new Float64Array(k);
      for (let i = 0; i < k; i++) out[i] = a[i]! + b[i]!;
      return out;
    },
    size: (data) => {
      let n = 0;
      for (let i = 0; i < k; i++) n += data[i]!;
      return n;
    },
    subsample: (rng, pool, n) => sampleMultivariateHypergeometric(rng, pool, n),
    fit: (counts, previous) => {
      const p = new Float64Array(k);
      return fitCountsInto(counts, pseudoCount, p) ? p : previous;
    },
    afterFit: reservoir > 0 ? (p) => mixReservoirInto(p, reservoir, new Float64Array(k)) : (p) => p,
    measure,
    encodeModel: encodeFloat64,
    decodeModel: decodeFloat64,
    encodeData: encodeFloat64,
    decodeData: decodeFloat64,
    createKernel: (replicates, plan) =>
      createDiscreteKernel(replicates, plan, {
        truth,
        pseudoCount,
        temperature,
        reservoir,
        measure,
        metricCount: metricNames.length,
      }),
  };
}
