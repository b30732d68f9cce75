// Generate and verify (Zelikman et al. 2022, STaR): candidates from the policy, kept when the verifier accepts them;
// with tries > 1, best-of-k under a binary verdict (Nakano et al. 2021, WebGPT best-of-n): the first accepted of k.
import type { Rng } from "../../core/rng.js";
import type { AnswerData } from "./answerData.js";

/**
 * `prompts` prompts, question i mod Q for prompt i; each draws up to `tries` answers from policy[q] (stopping at
 * the first the verifier accepts, with probability table[q * K + a]). Counts go into `out` (zeroed by the caller).
 */
export function sampleVerifiedAnswers(
  rng: Rng,
  policy: Float64Array,
  table: Float64Array,
  questions: number,
  candidates: number,
  prompts: number,
  tries: number,
  out: AnswerData,
): void {
  for (let i = 0; i < prompts; i++) {
    const base = (i % questions) * candidates;
    for (let k = 0; k < tries; k++) {
      let u = rng.float();
      let a = 0;
      while (a < candidates - 1 && u >= policy[base + a]!) {
        u -= policy[base + a]!;
        a++;
      }
      const cell = base + a;
      out.judged[cell]!++;
      if (rng.float() < table[cell]!) {
        out.accepted[cell]!++;
        break;
      }
    }
  }
}

/** n ground-truth labels: question i mod Q with its correct answer (no randomness: the key is the truth). */
export function labelAnswers(key: Uint32Array, candidates: number, n: number, out: AnswerData): void {
  const Q = key.length;
  for (let q = 0; q < Q; q++) {
    out.labels[q * candidates + key[q]!] = Math.floor(n / Q) + (q < n % Q ? 1 : 0);
  }
}
