// The loop's view of a distribution over K outcomes: multinomial resampling is haploid Wright-Fisher (docs/theory.md#categorical).
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { buildAliasTable, sampleAlias } from "../../core/random/aliasTable.js";
import { sampleMultivariateHypergeometric } from "../../core/random/hypergeometric.js";
import { sampleMultinomial } from "../../core/random/multinomial.js";
import type { Rng } from "../../core/rng.js";
import {
  applyTemperature,
  DISCRETE_METRICS,
  logProbabilities,
  measureDiscrete,
} from "../../core/stats/discreteMetrics.js";
import type { FamilyInstance, SamplingOptions } from "../family.js";
import { createDiscreteKernel } from "./discreteKernel.js";

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

/**
 * Draws n outcomes of p into counts: alias table when n is small against K, conditional binomials otherwise.
 * No draws give `none` itself (a shared array of zeros that nothing writes to).
 */
function drawCounts(rng: Rng, p: Float64Array, n: number, none: Float64Array): Float64Array {
  const k = p.length;
  if (n === 0) return none;
  if (n * 8 < k) {
    const counts = new Float64Array(k);
    const table = buildAliasTable(p);
    for (let i = 0; i < n; i++) {
      const j = sampleAlias(rng, table);
      counts[j] = counts[j]! + 1;
    }
    return counts;
  }
  return sampleMultinomial(rng, n, p, new Float64Array(k)) as Float64Array;
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
  // Count vectors are never written after they are made, so the empty draw can be one shared array and combining
  // with it can return the other side: at K = 1000 each fresh Float64Array costs about 3 microseconds.
  const none = new Float64Array(k);
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
      let n = 0;
      for (let i = 0; i < k; i++) n += counts[i]!;
      const p = new Float64Array(k);
      const a = estimator.estimator === "map" ? estimator.prior - 1 : 0;
      const total = n + k * a;
      if (total <= 0) return previous;
      for (let i = 0; i < k; i++) p[i] = (counts[i]! + a) / total;
      return p;
    },
    afterFit:
      reservoir > 0
        ? (p) => {
            const out = new Float64Array(k);
            for (let i = 0; i < k; i++) out[i] = (1 - reservoir) * p[i]! + reservoir / k;
            return out;
          }
        : (p) => p,
    measure: (p, out) => {
      measureDiscrete(p, truth, out, 0, logTruth);
      for (let j = 0; j < extras.length; j++) out[base + j] = extras[j]!.value(p);
    },
    encodeModel: encodeFloat64,
    decodeModel: decodeFloat64,
    encodeData: encodeFloat64,
    decodeData: decodeFloat64,
    createKernel: (replicates, plan) =>
      createDiscreteKernel(replicates, plan, {
        truth,
        pseudoCount: estimator.estimator === "map" ? estimator.prior - 1 : 0,
        temperature,
        reservoir,
        measure: (p, out) => {
          measureDiscrete(p, truth, out, 0, logTruth);
          for (let j = 0; j < extras.length; j++) out[base + j] = extras[j]!.value(p);
        },
        metricCount: metricNames.length,
      }),
  };
}
