// A self-verifier refit on its own earlier verdicts (issue 6; the learned reward model of Gulcehre et al. 2023, ReST).
import type { Moments } from "./moments.js";
import { softAcceptance, softJudgePolicy } from "./softVerifier.js";
import type { AnswerVerifier, GaussianTask, GaussianVerifier } from "./verifier.js";

/**
 * On answers: v(q, a) starts at the seed rates (1 - fn for the right answer, fp for the others) and after each
 * generation is the Beta-smoothed share of its own verdicts that accepted (q, a):
 * v = (prior v0 + accepted) / (prior + judged), over the verdicts in the data the policy is fitted on (the last
 * generation's under `replace`, all so far under `accumulate`, a Polya urn). Cells judged nowhere return to v0.
 * Its verdicts are its only teacher, so its errors are never corrected: it drifts, and the policy follows it.
 */
export function learnedAnswerVerifier(
  key: Uint32Array,
  candidates: number,
  options: { readonly false_positive: number; readonly false_negative: number; readonly prior: number },
): AnswerVerifier {
  const seed = new Float64Array(key.length * candidates).fill(options.false_positive);
  for (let q = 0; q < key.length; q++) seed[q * candidates + key[q]!] = 1 - options.false_negative;
  const { prior } = options;
  return {
    initial: seed,
    learn(accepted, judged) {
      const out = new Float64Array(seed.length);
      for (let i = 0; i < seed.length; i++) {
        const weight = prior + judged[i]!;
        out[i] = weight > 0 ? (prior * seed[i]! + accepted[i]!) / weight : seed[i]!;
      }
      return out;
    },
  };
}

/**
 * On the Gaussian task: a soft verifier whose centre is refit on what it accepted,
 * c' = (prior c0 + sum of accepted x) / (prior + accepted count): it learns to prefer what it preferred.
 */
export function learnedGaussianVerifier(
  task: GaussianTask,
  options: { readonly centre: number; readonly tau: number; readonly prior: number },
): GaussianVerifier {
  const { tau, prior, centre: c0 } = options;
  return {
    initialCentre: c0,
    acceptance: (x, centre) => softAcceptance(x, centre, tau),
    judgePolicy: (mean, variance, centre) => softJudgePolicy(task, mean, variance, centre, tau),
    learn: (accepted: Moments, centre: number) => {
      const weight = prior + accepted.count;
      return weight > 0 ? (prior * c0 + accepted.count * accepted.mean) / weight : centre;
    },
  };
}
