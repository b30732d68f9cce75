// Metrics of a verified answer policy (issue 6), exact expectations under the policy, averaged over questions.

export const ANSWER_METRICS = [
  "true_accuracy",
  "verifier_accuracy",
  "accuracy_gap",
  "accepted_wrong",
  "policy_entropy",
  "dist_truth",
  "dist_verifier",
  "mode_correct",
] as const;

/**
 * true_accuracy: mean_q pi(c_q | q); verifier_accuracy: mean_q sum_a pi(a | q) v(q, a) (what the verifier
 * measures); accuracy_gap: their difference (semantic drift); accepted_wrong: the share of accepted samples that
 * are wrong; policy_entropy: mean_q H(pi_q) in nats; dist_truth: mean_q TV(pi_q, point mass on c_q) = 1 -
 * true_accuracy; dist_verifier: mean_q TV(pi_q, v_q / sum v_q), the law the verifier accepts; mode_correct: the
 * share of questions whose correct answer is strictly the most probable. NaN where a quantity is undefined.
 */
export function measureAnswers(
  policy: Float64Array,
  table: Float64Array,
  key: Uint32Array,
  candidates: number,
  out: Float64Array,
): void {
  const Q = key.length;
  let truthSum = 0;
  let verified = 0;
  let acceptedWrong = 0;
  let entropy = 0;
  let distVerifier = 0;
  let modeCorrect = 0;
  for (let q = 0; q < Q; q++) {
    const base = q * candidates;
    const c = key[q]!;
    let vTotal = 0;
    let bestWrong = 0;
    for (let a = 0; a < candidates; a++) {
      const p = policy[base + a]!;
      const v = table[base + a]!;
      vTotal += v;
      verified += p * v;
      if (a !== c) acceptedWrong += p * v;
      if (p > 0) entropy -= p * Math.log(p);
      if (a !== c && p > bestWrong) bestWrong = p;
    }
    let tv = 0;
    for (let a = 0; a < candidates; a++)
      tv += Math.abs(policy[base + a]! - (vTotal > 0 ? table[base + a]! / vTotal : 0));
    distVerifier += vTotal > 0 ? tv / 2 : Number.NaN;
    truthSum += policy[base + c]!;
    if (policy[base + c]! > bestWrong) modeCorrect++;
  }
  const trueAccuracy = truthSum / Q;
  const verifierAccuracy = verified / Q;
  out[0] = trueAccuracy;
  out[1] = verifierAccuracy;
  out[2] = verifierAccuracy - trueAccuracy;
  out[3] = verified > 0 ? acceptedWrong / verified : Number.NaN;
  out[4] = entropy / Q;
  out[5] = 1 - trueAccuracy;
  out[6] = distVerifier / Q;
  out[7] = modeCorrect / Q;
}
