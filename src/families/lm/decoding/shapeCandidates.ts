// Shapes a next-token distribution: repetition penalty (Keskar et al. 2019), temperature, top-k (Fan et al. 2018),
// nucleus top-p (Holtzman et al. 2020, "The Curious Case of Neural Text Degeneration", sec. 3.1).
import type { DecodingOptions } from "./decodingSchema.js";
import { leadingCandidates } from "./leadingCandidates.js";

/** Candidate next tokens: ids[j] (ascending in j) with probability probs[j], j < size (reused buffers; `order` is scratch). */
export interface Candidates {
  ids: Uint32Array;
  probs: Float64Array;
  size: number;
  readonly order: Int32Array;
}

export function createCandidates(capacity: number): Candidates {
  return {
    ids: new Uint32Array(capacity),
    probs: new Float64Array(capacity),
    size: 0,
    order: new Int32Array(capacity),
  };
}

/**
 * Applies the decoding options to the candidates in place and renormalises; `seen` marks tokens already in the block.
 * Leaves size 0 only if every probability was 0 (the caller then falls back; nothing throws).
 */
export function shapeCandidates(
  c: Candidates,
  options: DecodingOptions,
  temperature: number,
  seen: Uint8Array | null,
): void {
  const { ids, probs } = c;
  let m = 0;
  for (let j = 0; j < c.size; j++) {
    if (probs[j]! > 0) {
      ids[m] = ids[j]!;
      probs[m] = probs[j]!;
      m++;
    }
  }
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    let lp = Math.log(probs[j]!);
    if (seen && options.repetition_penalty !== 1 && seen[ids[j]!]) lp *= options.repetition_penalty;
    lp /= temperature;
    probs[j] = lp;
    if (lp > maxLog) maxLog = lp;
  }
  let total = 0;
  for (let j = 0; j < m; j++) {
    const w = Math.exp(probs[j]! - maxLog);
    probs[j] = w;
    total += w;
  }
  if (options.top_k > 0 || options.top_p < 1) {
    // The most probable first (lower id on ties) until top_k are kept or their mass reaches top_p.
    const order = c.order;
    const limit = options.top_k > 0 ? options.top_k : m;
    const kept = leadingCandidates(probs, m, limit, options.top_p, total, order);
    const keptIds = Array.from(order.subarray(0, kept), (j) => ids[j]!);
    const keptProbs = Array.from(order.subarray(0, kept), (j) => probs[j]!);
    total = 0;
    for (let j = 0; j < kept; j++) {
      ids[j] = keptIds[j]!;
      probs[j] = keptProbs[j]!;
      total += keptProbs[j]!;
    }
    m = kept;
  }
  for (let j = 0; j < m; j++) probs[j] = probs[j]! / total;
  c.size = m;
}

/** Index of the most probable candidate (the first on ties); -1 when there is none. */
export function argmaxCandidate(c: Candidates): number {
  let best = -1;
  for (let j = 0; j < c.size; j++) if (best < 0 || c.probs[j]! > c.probs[best]!) best = j;
  return best;
}
