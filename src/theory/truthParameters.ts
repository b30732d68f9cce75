// Reads P*'s parameters from a normalised spec, by the contract's names (docs/theory.md#conventions).
import type { ExperimentSpec } from "../spec/types.js";

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Gaussian truth: mean (default 0) and sd (default 1). */
export function gaussianTruth(spec: ExperimentSpec): { readonly mean: number; readonly sd: number } | null {
  if (spec.truth.family !== "gaussian") return null;
  return { mean: num(spec.truth.mean, 0), sd: num(spec.truth.sd, 1) };
}

/** Zipf-Mandelbrot over ranks i = 1..m: p_i proportional to (i + b)^-a. */
export function zipfProbabilities(m: number, a: number, b: number): number[] {
  const w: number[] = [];
  let total = 0;
  for (let i = 1; i <= m; i++) {
    const x = (i + b) ** -a;
    w.push(x);
    total += x;
  }
  return w.map((x) => x / total);
}

/** The probability vector of a discrete truth with finite support (categorical `probs` or `k`, bernoulli, zipf). */
export function discreteTruth(spec: ExperimentSpec): number[] | null {
  const truth = spec.truth;
  switch (truth.family) {
    case "categorical": {
      if (Array.isArray(truth.probs) && truth.probs.every((p) => typeof p === "number")) {
        return truth.probs as number[];
      }
      const k = truth.k;
      if (typeof k === "number" && Number.isInteger(k) && k >= 1) return new Array<number>(k).fill(1 / k);
      return null;
    }
    case "bernoulli": {
      const p = truth.p;
      return typeof p === "number" ? [1 - p, p] : null;
    }
    case "zipf": {
      const m = truth.m;
      if (typeof m !== "number" || !Number.isInteger(m) || m < 1) return null;
      return zipfProbabilities(m, num(truth.a, 1), num(truth.b, 0));
    }
    default:
      return null;
  }
}

/** The learner's estimator (default "mle"). */
export function estimatorOf(spec: ExperimentSpec): string {
  const e = spec.model.estimator;
  return typeof e === "string" ? e : "mle";
}
