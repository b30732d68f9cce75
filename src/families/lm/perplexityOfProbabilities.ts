// Perplexity exp(-mean log p) of token probabilities, with an explicit floor p -> (1 - eps) p + eps / V for zeros (Jelinek & Mercer 1980 mixing).

export interface PerplexityResult {
  readonly perplexity: number;
  /** Share of tokens the model gave probability 0 (before the floor): counted, never hidden. */
  readonly zeroShare: number;
}

/** Perplexity of all tokens, and per-block perplexities into `perBlock` (length tokens / block) when given. */
export function perplexityOfProbabilities(
  probabilities: Float64Array,
  block: number,
  vocabulary: number,
  epsilon: number,
  perBlock?: Float64Array,
): PerplexityResult {
  let total = 0;
  let zeros = 0;
  const floor = epsilon / vocabulary;
  const n = probabilities.length;
  for (let start = 0; start < n; start += block) {
    let sum = 0;
    for (let i = start; i < start + block; i++) {
      const p = probabilities[i]!;
      if (!(p > 0)) zeros++;
      const safe = Number.isFinite(p) && p > 0 ? p : 0;
      sum += Math.log((1 - epsilon) * safe + floor);
    }
    total += sum;
    if (perBlock) perBlock[start / block] = Math.exp(-sum / block);
  }
  return { perplexity: n > 0 ? Math.exp(-total / n) : Number.NaN, zeroShare: n > 0 ? zeros / n : Number.NaN };
}
