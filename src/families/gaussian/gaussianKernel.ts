// The Gaussian loop on flat arrays: the per-replicate path of gaussian.ts without its objects (docs/theory.md#gaussian).
import type { Rng } from "../../core/rng.js";
import type { GenerationKernel, KernelPlan } from "../family.js";
import { drawSampleMean, drawSumOfSquares, type GaussianData, pooledM2, pooledMean } from "./gaussianData.js";
import { type GaussianModel, measureGaussianInto } from "./gaussianMetrics.js";

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
      for (let r = 0; r < R; r++) {
        const rng = scratch.forkPackedInto(streams, r, t);
        let count: number;
        let m: number;
        let m2: number;
        if (t === 1) {
          count = n;
          m = drawSampleMean(rng, mu, s2, n);
          m2 = drawSumOfSquares(rng, s2, n);
          if (keepsPool) {
            poolCount[r] = count;
            poolMean[r] = m;
            poolM2[r] = m2;
          }
        } else {
          // The new data: `a` (exogenous or the fixed real set) pooled with `b` (the model's samples).
          const modelVariance = tau * variance[r]!;
          let aCount: number;
          let aMean = 0;
          let aM2 = 0;
          let bCount: number;
          if (regime === "fixed-real") {
            aCount = poolCount[r]!;
            aMean = poolMean[r]!;
            aM2 = poolM2[r]!;
            bCount = synthetic;
          } else {
            aCount = fresh;
            if (fresh > 0) {
              aMean = drawSampleMean(rng, mu, s2, fresh);
              aM2 = drawSumOfSquares(rng, s2, fresh);
            }
            bCount = n - fresh;
          }
          let bMean = 0;
          let bM2 = 0;
          if (bCount > 0) {
            bMean = drawSampleMean(rng, mean[r]!, modelVariance, bCount);
            bM2 = drawSumOfSquares(rng, modelVariance, bCount);
          }
          if (aCount === 0) {
            count = bCount;
            m = bMean;
            m2 = bM2;
          } else if (bCount === 0) {
            count = aCount;
            m = aMean;
            m2 = aM2;
          } else {
            count = aCount + bCount;
            m = pooledMean(aCount, aMean, bCount, bMean);
            m2 = pooledM2(aCount, aMean, aM2, bCount, bMean, bM2);
          }
          if (regime === "accumulate") {
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
            poolCount[r] = count;
            poolMean[r] = m;
            poolM2[r] = m2;
          }
        }
        const divisor = count - divisorOffset;
        if (divisor > 0) {
          mean[r] = m;
          variance[r] = m2 / divisor;
        }
        measureGaussianInto(mean[r]!, variance[r]!, mu, s2, values, r, R);
      }
    },
    models: () => Array.from({ length: R }, (_, r) => ({ mean: mean[r]!, var: variance[r]! })),
    pools: () =>
      Array.from({ length: R }, (_, r) =>
        keepsPool
          ? { count: poolCount[r]!, mean: poolMean[r]!, m2: poolM2[r]! }
          : { count: 0, mean: 0, m2: 0 },
      ),
  };
}
