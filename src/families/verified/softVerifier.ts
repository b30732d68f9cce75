// The soft verifier exp(-(x - c)^2 / (2 tau^2)) centred away from the truth (docs/theory.md#soft-verifier).
import { normalInterval } from "./normalInterval.js";
import type { AnswerVerifier, GaussianTask, GaussianVerifier } from "./verifier.js";

/** exp(-(x - c)^2 / (2 tau^2)): the probability of accepting x. */
export function softAcceptance(x: number, centre: number, tau: number): number {
  const z = (x - centre) / tau;
  return Math.exp(-0.5 * z * z);
}

/** On answers: centred at correct + offset (the answer the verifier believes), over the answers as numbers. */
export function softAnswerVerifier(
  key: Uint32Array,
  candidates: number,
  options: { readonly offset: number; readonly tau: number },
): AnswerVerifier {
  const table = new Float64Array(key.length * candidates);
  for (let q = 0; q < key.length; q++) {
    for (let a = 0; a < candidates; a++) {
      table[q * candidates + a] = softAcceptance(a, key[q]! + options.offset, options.tau);
    }
  }
  return { initial: table };
}

/**
 * Under N(m, s^2) the accepted law is N(m', s'^2) with 1/s'^2 = 1/s^2 + 1/tau^2, m' = (m/s^2 + c/tau^2) s'^2, and
 * P(accept) = tau / sqrt(tau^2 + s^2) exp(-(m - c)^2 / (2 (tau^2 + s^2))).
 */
export function softJudgePolicy(
  task: GaussianTask,
  mean: number,
  variance: number,
  centre: number,
  tau: number,
): { accept: number; acceptWrong: number } {
  const t2 = tau * tau;
  const total = t2 + variance;
  const accept = Math.sqrt(t2 / total) * Math.exp((-0.5 * (mean - centre) ** 2) / total);
  const acceptedVariance = (variance * t2) / total;
  const acceptedMean = (mean * t2 + centre * variance) / total;
  const correct = normalInterval(
    acceptedMean,
    acceptedVariance,
    task.mean - task.tolerance,
    task.mean + task.tolerance,
  );
  return { accept, acceptWrong: accept * (1 - correct) };
}

export function softGaussianVerifier(
  task: GaussianTask,
  options: { readonly centre: number; readonly tau: number },
): GaussianVerifier {
  const { tau } = options;
  return {
    initialCentre: options.centre,
    acceptance: (x, centre) => softAcceptance(x, centre, tau),
    judgePolicy: (mean, variance, centre) => softJudgePolicy(task, mean, variance, centre, tau),
  };
}
