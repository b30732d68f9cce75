// A hard verifier with false-positive and false-negative rates (issue 6; the noisy reward of Gulcehre et al. 2023, ReST).
import { Rng } from "../../core/rng.js";
import { normalInterval } from "./normalInterval.js";
import type { AnswerVerifier, GaussianTask, GaussianVerifier } from "./verifier.js";

export interface ThresholdRates {
  readonly false_positive: number;
  readonly false_negative: number;
}

/**
 * errors "fresh": every verdict errs independently (accept a wrong answer with probability fp, reject a right one
 * with fn). errors "fixed": the verifier is deterministic but wrong on a fixed set of (question, answer) pairs, each
 * wrong pair a blind spot with probability fp and each right one with fn, drawn once from `seed` (like a test
 * suite with gaps: the same for every replicate, as the truth is).
 */
export function thresholdAnswerVerifier(
  key: Uint32Array,
  candidates: number,
  rates: ThresholdRates & { readonly errors: "fixed" | "fresh"; readonly seed: number },
): AnswerVerifier {
  const table = new Float64Array(key.length * candidates);
  const rng = Rng.fromSeed(rates.seed).fork("threshold verifier blind spots");
  for (let q = 0; q < key.length; q++) {
    for (let a = 0; a < candidates; a++) {
      const right = a === key[q];
      const p = right ? 1 - rates.false_negative : rates.false_positive;
      table[q * candidates + a] = rates.errors === "fresh" ? p : rng.float() < p ? 1 : 0;
    }
  }
  return { initial: table };
}

/** Fresh errors on the Gaussian task: accept a correct x with probability 1 - fn, a wrong one with fp. */
export function thresholdGaussianVerifier(task: GaussianTask, rates: ThresholdRates): GaussianVerifier {
  const lo = task.mean - task.tolerance;
  const hi = task.mean + task.tolerance;
  const right = 1 - rates.false_negative;
  const wrong = rates.false_positive;
  return {
    initialCentre: task.mean,
    acceptance: (x) => (x >= lo && x <= hi ? right : wrong),
    judgePolicy: (mean, variance) => {
      const correct = normalInterval(mean, variance, lo, hi);
      const acceptWrong = wrong * (1 - correct);
      return { accept: right * correct + acceptWrong, acceptWrong };
    },
  };
}
