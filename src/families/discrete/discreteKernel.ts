// The replace-regime loop of a discrete family on reused buffers, two replicates' multinomials at a time (docs/theory.md#categorical).
import { type AliasTable, buildAliasTable } from "../../core/random/aliasTable.js";
import { sampleMultinomialPair } from "../../core/random/multinomial.js";
import { Rng } from "../../core/rng.js";
import { applyTemperature } from "../../core/stats/discreteMetrics.js";
import type { GenerationKernel, KernelPlan } from "../family.js";
import { fitCountsInto, mixReservoirInto } from "./discreteFit.js";
import { drawCountsInto, drawsByAlias } from "./drawCounts.js";

export interface DiscreteKernelSetting {
  readonly truth: Float64Array;
  /** Added to every count before normalising: 0 for the MLE, prior - 1 for the Dirichlet MAP. */
  readonly pseudoCount: number;
  readonly temperature: number;
  readonly reservoir: number;
  /** The family's metrics of a model, in its metric order. */
  readonly measure: (p: Float64Array, out: Float64Array) => void;
  readonly metricCount: number;
}

/**
 * The replace regime (the others return null: the per-replicate path runs them). Each replicate draws exactly what
 * the per-replicate path draws from its stream, in the same order: its exogenous counts from P*, then its model's
 * (at the temperature); the fit and the reservoir write into the replicate's own model buffer instead of new arrays
 * (at K = 1000 a fresh Float64Array costs about 3 microseconds, two of them a replicate and generation). The
 * multinomials of replicates 2j and 2j + 1 run interleaved (sampleMultinomialPair), which keeps the processor busy
 * while each waits on its own binomials.
 */
export function createDiscreteKernel(
  replicates: number,
  plan: KernelPlan,
  setting: DiscreteKernelSetting,
): GenerationKernel<Float64Array, Float64Array> | null {
  if (plan.regime !== "replace") return null;
  const { n } = plan;
  const { truth, pseudoCount, temperature, reservoir, measure, metricCount } = setting;
  const R = replicates;
  const k = truth.length;
  const models: Float64Array[] = Array.from({ length: R }, () => new Float64Array(k));
  const one = new Float64Array(metricCount);
  const a = createLane(k);
  const b = createLane(k);
  let truthTable: AliasTable | null = null;
  /** The truth's alias table, for draws of fewer than K / 8 outcomes (built once: the same table every time). */
  const truthAlias = (): AliasTable => {
    truthTable ??= buildAliasTable(truth);
    return truthTable;
  };

  return {
    load(loaded) {
      for (let r = 0; r < R; r++) models[r]!.set(loaded[r]!);
    },
    step(t: number, fresh: number, streams: Uint32Array, _scratch: Rng, values: Float64Array) {
      const exogenous = t === 1 ? n : fresh;
      const fromModel = t === 1 ? 0 : n - fresh;
      for (let r = 0; r < R; r += 2) {
        const paired = r + 1 < R;
        a.rng.forkPackedInto(streams, r, t);
        if (paired) b.rng.forkPackedInto(streams, r + 1, t);
        if (exogenous > 0) {
          const table = drawsByAlias(exogenous, k) ? truthAlias() : null;
          drawBoth(paired, exogenous, truth, truth, table, a.exogenous, b.exogenous);
        }
        if (fromModel > 0) {
          const pA = modelProbabilities(models[r]!, a.tempered);
          const pB = paired ? modelProbabilities(models[r + 1]!, b.tempered) : pA;
          drawBoth(paired, fromModel, pA, pB, null, a.synthetic, b.synthetic);
        }
        fitAndMeasure(r, exogenous, fromModel, a.exogenous, a.synthetic, values);
        if (paired) fitAndMeasure(r + 1, exogenous, fromModel, b.exogenous, b.synthetic, values);
      }
    },
    measure(values: Float64Array) {
      for (let r = 0; r < R; r++) measureInto(r, values);
    },
    models: () => models,
    pools: () => models.map(() => new Float64Array(k)),
  };

  /**
   * `size` outcomes of pA for lane a into outA and, when paired, of pB for lane b into outB: interleaved where the
   * draw goes by binomials, one lane after the other where it goes by alias table (`table`, when given, is pA's and
   * pB's).
   */
  function drawBoth(
    paired: boolean,
    size: number,
    pA: Float64Array,
    pB: Float64Array,
    table: AliasTable | null,
    outA: Float64Array,
    outB: Float64Array,
  ): void {
    if (paired && !drawsByAlias(size, k)) {
      sampleMultinomialPair(a.rng, size, pA, outA, b.rng, size, pB, outB);
      return;
    }
    drawCountsInto(a.rng, pA, size, outA, table);
    if (paired) drawCountsInto(b.rng, pB, size, outB, table);
  }

  /** The probabilities a model samples from: itself, or its tempered copy in `buffer`. */
  function modelProbabilities(model: Float64Array, buffer: Float64Array): Float64Array {
    return temperature === 1 ? model : applyTemperature(model, temperature, buffer);
  }

  /**
   * Replicate r's fit to its exogenous and model counts (either side absent when its size is 0; their sizes add up
   * to n >= 1), written into its model as FamilyInstance.fit and afterFit compute it, then its metrics.
   */
  function fitAndMeasure(
    r: number,
    exogenous: number,
    fromModel: number,
    exogenousCounts: Float64Array,
    modelCounts: Float64Array,
    values: Float64Array,
  ): void {
    const model = models[r]!;
    if (exogenous > 0 && fromModel > 0) {
      for (let i = 0; i < k; i++) exogenousCounts[i] = exogenousCounts[i]! + modelCounts[i]!;
    }
    fitCountsInto(exogenous > 0 ? exogenousCounts : modelCounts, pseudoCount, model);
    if (reservoir > 0) mixReservoirInto(model, reservoir, model);
    measureInto(r, values);
  }

  function measureInto(r: number, values: Float64Array): void {
    measure(models[r]!, one);
    for (let m = 0; m < metricCount; m++) values[m * R + r] = one[m]!;
  }
}

/** One of the two replicates drawn together: its stream and its buffers of K. */
interface Lane {
  readonly rng: Rng;
  /** Counts drawn from P* (then the pooled counts). */
  readonly exogenous: Float64Array;
  /** Counts drawn from the model. */
  readonly synthetic: Float64Array;
  /** The model at the sampling temperature. */
  readonly tempered: Float64Array;
}

function createLane(k: number): Lane {
  return {
    rng: Rng.fromSeed(0),
    exogenous: new Float64Array(k),
    synthetic: new Float64Array(k),
    tempered: new Float64Array(k),
  };
}
