// Shapes a next-token distribution: repetition penalty (Keskar et al. 2019), temperature, top-k (Fan et al. 2018),
// nucleus top-p (Holtzman et al. 2020, "The Curious Case of Neural Text Degeneration", sec. 3.1).
import type { DecodingOptions } from "./decodingSchema.js";

/** Candidate next tokens: ids[j] with probability probs[j], j < size (reused buffers). */
export interface Candidates {
  ids: Uint32Array;
  probs: Float64Array;
  size: number;
}

export function createCandidates(capacity: number): Candidates {
  return { ids: new Uint32Array(capacity), probs: new Float64Array(capacity), size: 0 };
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
    const order = Array.from({ length: m }, (_, j) => j).sort(
      (a, b) => probs[b]! - probs[a]! || ids[a]! - ids[b]!,
    );
    const limit = options.top_k > 0 ? Math.min(options.top_k, m) : m;
    let kept = 0;
    let mass = 0;
    while (kept < limit) {
      mass += probs[order[kept]!]! / total;
      kept++;
      if (mass >= options.top_p) break;
    }
    const keptIds = order.slice(0, kept).map((j) => ids[j]!);
    const keptProbs = order.slice(0, kept).map((j) => probs[j]!);
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
