// The Gaussian loop on flat arrays: the per-replicate path of gaussian.ts without its objects (docs/theory.md#gaussian).
import { Rng } from "../../core/rng.js";
import type { GenerationKernel, KernelPlan } from "../family.js";
import { drawSampleMean, drawSumOfSquares, type GaussianData, pooledM2, pooledMean } from "./gaussianData.js";
import { type GaussianModel, measureGaussianInto } from "./gaussianMetrics.js";

/**
 * Replicates advanced a pass at a time. Large enough that the loop over chunks stays cold (V8 would otherwise compile
 * the passes into it, with too little inlining budget left for the samplers), small enough that the chunk's buffers
 * (512 kB) stay near the core between passes.
 */
export const GAUSSIAN_KERNEL_CHUNK = 8192;
const FORK_CHUNK = GAUSSIAN_KERNEL_CHUNK;

export interface GaussianKernelSetting {
  readonly mu: number;
  readonly s2: number;
  readonly tau: number;
  /** 0 for the MLE (divide by n), 1 for the unbiased estimator (n - 1). */
  readonly divisorOffset: number;
}

/**
 * Regimes replace, accumulate and fixed-real; each replicate's draws, in order, are those of the per-replicate
 * path: the exogenous statistics (mean, then sum of squares), then the model's, pooled exactly as combineGaussianData.
 */
export function createGaussianKernel(
  replicates: number,
  plan: KernelPlan,
  { mu, s2, tau, divisorOffset }: GaussianKernelSetting,
): GenerationKernel<GaussianModel, GaussianData> | null {
  const { n, regime, lambda } = plan;
  if (regime !== "replace" && regime !== "accumulate" && regime !== "fixed-real") return null;
  const R = replicates;
  const mean = new Float64Array(R);
  const variance = new Float64Array(R);
  const poolCount = new Float64Array(R);
  const poolMean = new Float64Array(R);
  const poolM2 = new Float64Array(R);
  const keepsPool = regime !== "replace";
  const synthetic = Math.round(lambda * n);
  // One chunk of replicates at a time: their streams, then their draws from P* and from the model, each in a pass of
  // its own (one call site per sampler, which V8 inlines; a sampler it does not inline boxes every double it takes
  // and returns), then the pooling, fit and metrics.
  const forked = new Int32Array(8 * FORK_CHUNK);
  const aMean = new Float64Array(FORK_CHUNK);
  const aM2 = new Float64Array(FORK_CHUNK);
  const bMean = new Float64Array(FORK_CHUNK);
  const bM2 = new Float64Array(FORK_CHUNK);

  return {
    load(models, pools) {
      for (let r = 0; r < R; r++) {
        mean[r] = models[r]!.mean;
        variance[r] = models[r]!.var;
        poolCount[r] = pools[r]?.count ?? 0;
        poolMean[r] = pools[r]?.mean ?? 0;
        poolM2[r] = pools[r]?.m2 ?? 0;
      }
    },
    step(t: number, fresh: number, streams: Uint32Array, scratch: Rng, values: Float64Array) {
      // The new data: `a` (exogenous draws, all n of them at t = 1, or the fixed real set) pooled with `b` (the
      // model's samples), drawn in that order from each replicate's stream.
      const keptReal = t > 1 && regime === "fixed-real";
      const exogenous = t === 1 ? n : keptReal ? 0 : fresh;
      const fromModel = t === 1 ? 0 : keptReal ? synthetic : n - fresh;
      for (let first = 0; first < R; first += FORK_CHUNK) {
        const size = Math.min(FORK_CHUNK, R - first);
        Rng.forkRangePacked(streams, first, size, t, forked);
        if (exogenous > 0) drawFromTruth(size, exogenous, scratch);
        if (fromModel > 0) drawFromModels(first, size, fromModel, scratch);
        fitRange(t, keptReal ? -1 : exogenous, fromModel, first, size, values);
      }
    },
    measure(values: Float64Array) {
      for (let r = 0; r < R; r++) measureGaussianInto(mean[r]!, variance[r]!, mu, s2, values, r, R);
    },
    models: () => Array.from({ length: R }, (_, r) => ({ mean: mean[r]!, var: variance[r]! })),
    pools: () =>
      Array.from({ length: R }, (_, r) =>
        keepsPool
          ? { count: poolCount[r]!, mean: poolMean[r]!, m2: poolM2[r]! }
          : { count: 0, mean: 0, m2: 0 },
      ),
  };

  /** The statistics of `count` draws from P* for each replicate of the chunk; each stream is saved after them. */
  function drawFromTruth(size: number, count: number, rng: Rng): void {
    for (let i = 0; i < size; i++) {
      rng.loadForked(forked, i);
      aMean[i] = drawSampleMean(rng, mu, s2, count);
      aM2[i] = drawSumOfSquares(rng, s2, count);
      rng.saveForked(forked, i);
    }
  }

  /** The statistics of `count` draws from each model of the chunk (replicates first ..), at temperature tau. */
  function drawFromModels(first: number, size: number, count: number, rng: Rng): void {
    for (let i = 0; i < size; i++) {
      rng.loadForked(forked, i);
      const modelVariance = tau * variance[first + i]!;
      bMean[i] = drawSampleMean(rng, mean[first + i]!, modelVariance, count);
      bM2[i] = drawSumOfSquares(rng, modelVariance, count);
    }
  }

  /**
   * Pools each replicate's new data (`exogenous` draws from P*, or the kept real set where it is -1, and `fromModel`
   * from the model) as combineGaussianData does, fits, and writes the metrics.
   */
  function fitRange(
    t: number,
    exogenous: number,
    fromModel: number,
    first: number,
    size: number,
    values: Float64Array,
  ): void {
    const accumulates = t > 1 && regime === "accumulate";
    const startsPool = t === 1 && keepsPool;
    for (let i = 0; i < size; i++) {
      const r = first + i;
      let aCount = exogenous;
      let m = 0;
      let m2 = 0;
      if (exogenous < 0) {
        aCount = poolCount[r]!;
        m = poolMean[r]!;
        m2 = poolM2[r]!;
      } else if (exogenous > 0) {
        m = aMean[i]!;
        m2 = aM2[i]!;
      }
      let count = aCount;
      if (aCount === 0) {
        count = fromModel;
        m = bMean[i]!;
        m2 = bM2[i]!;
      } else if (fromModel > 0) {
        count = aCount + fromModel;
        const merged = pooledMean(aCount, m, fromModel, bMean[i]!);
        m2 = pooledM2(aCount, m, m2, fromModel, bMean[i]!, bM2[i]!);
        m = merged;
      }
      if (accumulates) {
        const pc = poolCount[r]!;
        if (pc > 0 && count > 0) {
          const pm = poolMean[r]!;
          const merged = pooledMean(pc, pm, count, m);
          m2 = pooledM2(pc, pm, poolM2[r]!, count, m, m2);
          m = merged;
          count += pc;
        } else if (count === 0) {
          count = pc;
          m = poolMean[r]!;
          m2 = poolM2[r]!;
        }
      }
      if (accumulates || startsPool) {
        poolCount[r] = count;
        poolMean[r] = m;
        poolM2[r] = m2;
      }
      const divisor = count - divisorOffset;
      if (divisor > 0) {
        mean[r] = m;
        variance[r] = m2 / divisor;
      }
      measureGaussianInto(mean[r]!, variance[r]!, mu, s2, values, r, R);
    }
  }
}
