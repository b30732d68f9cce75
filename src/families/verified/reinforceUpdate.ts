// REINFORCE with a baseline (Williams 1992) and a KL penalty to the initial policy (Jaques et al. 2017; Ziegler et al. 2019).
import type { AnswerData } from "./answerData.js";
import { type Moments, squaredDeviationFrom } from "./moments.js";

export interface ReinforceOptions {
  readonly learning_rate: number;
  readonly kl: number;
}

/**
 * Softmax policy per question, logits theta = log pi. Reward r = the verdict (1 accepted, 0 not), baseline b the
 * question's acceptance rate in the batch; labels add the supervised score of the correct answer. Per question,
 * g = [sum (r - b) grad log pi(a) + sum_labels grad log pi(c)] / (candidates + labels) - kl grad KL(pi || pi0), with
 * sum (r - b)(e_a - pi) = accepted - b judged and grad_j KL = pi_j (log(pi_j / pi0_j) - KL). theta += rate g.
 * Returns null when no candidate was accepted and no label came in (no reward signal: nothing to fit).
 */
export function reinforceUpdateAnswers(
  policy: Float64Array,
  initial: Float64Array,
  data: AnswerData,
  candidates: number,
  options: ReinforceOptions,
): Float64Array | null {
  const out = new Float64Array(policy.length);
  let any = false;
  for (let base = 0; base < policy.length; base += candidates) {
    let judged = 0;
    let accepted = 0;
    let labels = 0;
    let kl = 0;
    for (let a = 0; a < candidates; a++) {
      const i = base + a;
      judged += data.judged[i]!;
      accepted += data.accepted[i]!;
      labels += data.labels[i]!;
      const p = policy[i]!;
      if (p > 0) kl += p * Math.log(p / initial[i]!);
    }
    if (accepted + labels > 0) any = true;
    const weight = judged + labels;
    const b = judged > 0 ? accepted / judged : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < candidates; a++) {
      const i = base + a;
      const p = policy[i]!;
      if (!(p > 0)) {
        out[i] = Number.NEGATIVE_INFINITY;
        continue;
      }
      const reward =
        weight > 0 ? (data.accepted[i]! - b * data.judged[i]! + data.labels[i]! - labels * p) / weight : 0;
      const penalty = options.kl * p * (Math.log(p / initial[i]!) - kl);
      out[i] = Math.log(p) + options.learning_rate * (reward - penalty);
      if (out[i]! > max) max = out[i]!;
    }
    let total = 0;
    for (let a = 0; a < candidates; a++) {
      const e = Math.exp(out[base + a]! - max);
      out[base + a] = e;
      total += e;
    }
    for (let a = 0; a < candidates; a++) out[base + a]! /= total;
  }
  return any ? out : null;
}

/**
 * Gaussian policy N(m, s^2), parameters m and rho = log s, a natural-gradient step (Amari 1998: the Fisher
 * metric scales the m-gradient by s^2 and the rho-gradient by 1/2). Scores: d log p/dm = (x - m)/s^2,
 * d log p/d rho = (x - m)^2/s^2 - 1. KL(N(m, s^2) || N(m0, s0^2)) has d/dm = (m - m0)/s0^2, d/d rho = s^2/s0^2 - 1.
 * Null when nothing was accepted and no label came in.
 */
export function reinforceUpdateGaussian(
  model: { readonly mean: number; readonly var: number },
  initial: { readonly mean: number; readonly var: number },
  judged: Moments,
  accepted: Moments,
  labels: Moments,
  options: ReinforceOptions,
): { mean: number; var: number } | null {
  if (accepted.count + labels.count === 0) return null;
  const { mean: m, var: s2 } = model;
  const weight = judged.count + labels.count;
  const b = judged.count > 0 ? accepted.count / judged.count : 0;
  const first = accepted.count * (accepted.mean - m) - b * judged.count * (judged.mean - m);
  const firstLabels = labels.count * (labels.mean - m);
  const second = squaredDeviationFrom(accepted, m) - b * squaredDeviationFrom(judged, m);
  const secondLabels = squaredDeviationFrom(labels, m) - labels.count * s2;
  const gradMean = (first + firstLabels) / weight - options.kl * (m - initial.mean) * (s2 / initial.var);
  const gradRho =
    (0.5 * (second / s2 + secondLabels / s2)) / weight - 0.5 * options.kl * (s2 / initial.var - 1);
  const rho = 0.5 * Math.log(s2) + options.learning_rate * gradRho;
  return { mean: m + options.learning_rate * gradMean, var: Math.exp(2 * rho) };
}
