// The perfect verifier (issue 6): accepts exactly the correct candidates (the oracle of Zelikman et al. 2022, STaR).
import { normalInterval } from "./normalInterval.js";
import type { AnswerVerifier, GaussianTask, GaussianVerifier } from "./verifier.js";

export function perfectAnswerVerifier(key: Uint32Array, candidates: number): AnswerVerifier {
  const table = new Float64Array(key.length * candidates);
  for (let q = 0; q < key.length; q++) table[q * candidates + key[q]!] = 1;
  return { initial: table };
}

export function perfectGaussianVerifier(task: GaussianTask): GaussianVerifier {
  const lo = task.mean - task.tolerance;
  const hi = task.mean + task.tolerance;
  return {
    initialCentre: task.mean,
    acceptance: (x) => (x >= lo && x <= hi ? 1 : 0),
    judgePolicy: (mean, variance) => ({ accept: normalInterval(mean, variance, lo, hi), acceptWrong: 0 }),
  };
}
