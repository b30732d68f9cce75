// Rejection-sampling fine-tuning: refit on the accepted samples and labels (Zelikman et al. 2022 STaR; Gulcehre et al. 2023 ReST).
import type { AnswerData } from "./answerData.js";
import { type Moments, mergeMoments } from "./moments.js";

/**
 * Per question, pi' = (1 - rate) pi + rate * (accepted + labels) / their total: the MLE of the accepted answers
 * at rate 1, a partial step otherwise. A question with neither keeps its policy. Returns null when no question
 * had any (nothing to fit).
 */
export function rejectionUpdateAnswers(
  policy: Float64Array,
  data: AnswerData,
  candidates: number,
  rate: number,
): Float64Array | null {
  const out = new Float64Array(policy.length);
  let any = false;
  for (let base = 0; base < policy.length; base += candidates) {
    let total = 0;
    for (let a = 0; a < candidates; a++) total += data.accepted[base + a]! + data.labels[base + a]!;
    if (total > 0) any = true;
    for (let a = 0; a < candidates; a++) {
      const p = policy[base + a]!;
      out[base + a] =
        total > 0 ? (1 - rate) * p + (rate * (data.accepted[base + a]! + data.labels[base + a]!)) / total : p;
    }
  }
  return any ? out : null;
}

/** The Gaussian MLE of the accepted samples and labels together; null when there are none. */
export function rejectionUpdateGaussian(
  accepted: Moments,
  labels: Moments,
): { mean: number; var: number } | null {
  const all = mergeMoments(accepted, labels);
  return all.count > 0 ? { mean: all.mean, var: all.m2 / all.count } : null;
}
