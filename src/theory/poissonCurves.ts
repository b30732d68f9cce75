// Dispatches the exact Poisson extinction probability for a spec (docs/theory.md#poisson).
import type { ExperimentSpec } from "../spec/types.js";
import { exogenousCount } from "./exogenousCount.js";
import { poissonZeroProbability } from "./poissonExtinction.js";
import type { TheoryCurves } from "./theoryCurve.js";
import { estimatorOf } from "./truthParameters.js";

/** `rate` (E Lambda_t) and `fixed` (= Pr(Lambda_t = 0), the point mass at 0) for a Poisson truth and learner with the MLE, tau = 1. */
export function poissonCurves(spec: ExperimentSpec): TheoryCurves {
  if (spec.truth.family !== "poisson" || spec.model.family !== "poisson" || estimatorOf(spec) !== "mle")
    return {};
  const rate = spec.truth.rate;
  const { n, alpha, regime } = spec.data;
  if (typeof rate !== "number" || !(rate >= 0) || !(n >= 1)) return {};
  if (spec.sampling.temperature !== 1 || spec.sampling.reservoir !== 0) return {};
  const counts: number[] = [];
  const countsUpTo = (t: number) => {
    while (counts.length < t) counts.push(exogenousCount(alpha, n, counts.length + 1));
    return counts.slice(0, t);
  };
  const valid = (t: number) => Number.isInteger(t) && t >= 0;
  // Every regime mixes sample means of draws whose mean is rate: E Lambda_t = rate exactly.
  const mean = { rate: (t: number) => (valid(t) ? rate : null) };
  if (regime === "replace") {
    return {
      ...mean,
      fixed: (t) =>
        !valid(t) ? null : t === 0 ? (rate === 0 ? 1 : 0) : poissonZeroProbability(rate, n, countsUpTo(t)),
    };
  }
  if (regime === "accumulate") {
    // The pool is all zeros iff every fresh draw so far was 0; a pool with a non-zero count never loses it.
    return {
      ...mean,
      fixed: (t) => {
        if (!valid(t)) return null;
        if (t === 0) return rate === 0 ? 1 : 0;
        const fresh = countsUpTo(t).reduce((x, y) => x + y, 0);
        return Math.exp(-rate * fresh);
      },
    };
  }
  return mean;
}
