// Metrics of a verified Gaussian policy (issue 6): contract names mean and var, then the verifier metrics, exactly.
import { normalInterval } from "./normalInterval.js";
import type { GaussianTask, GaussianVerifier } from "./verifier.js";

export const GAUSSIAN_POLICY_METRICS = [
  "mean",
  "var",
  "true_accuracy",
  "verifier_accuracy",
  "accuracy_gap",
  "accepted_wrong",
  "policy_entropy",
  "dist_truth",
  "dist_verifier",
] as const;

/**
 * true_accuracy = P(|x - truth mean| <= tolerance) under N(m, s^2); verifier_accuracy = P(accept);
 * accepted_wrong = P(wrong | accepted); policy_entropy = log(2 pi e s^2)/2 (differential, nats);
 * dist_truth = |m - truth mean|; dist_verifier = |m - verifier centre|. NaN where undefined.
 */
export function measureGaussianPolicy(
  model: { readonly mean: number; readonly var: number; readonly centre: number },
  task: GaussianTask,
  verifier: GaussianVerifier,
  out: Float64Array,
): void {
  const { mean, var: variance, centre } = model;
  const trueAccuracy = normalInterval(mean, variance, task.mean - task.tolerance, task.mean + task.tolerance);
  const { accept, acceptWrong } = verifier.judgePolicy(mean, variance, centre);
  out[0] = mean;
  out[1] = variance;
  out[2] = trueAccuracy;
  out[3] = accept;
  out[4] = accept - trueAccuracy;
  out[5] = accept > 0 ? acceptWrong / accept : Number.NaN;
  out[6] = variance > 0 ? 0.5 * Math.log(2 * Math.PI * Math.E * variance) : Number.NaN;
  out[7] = Math.abs(mean - task.mean);
  out[8] = Math.abs(mean - centre);
}
