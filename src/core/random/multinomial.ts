// Multinomial deviates by sequential conditional binomials (the method of Davis, Comput. Stat. Data Anal. 16, 1993).
import type { Rng } from "../rng.js";
import { sampleBinomial } from "./binomial.js";

/**
 * Draws counts ~ Multinomial(n, probs) into `out` (length K, overwritten). `probs` need not be normalised;
 * the total mass is computed once. Cost O(K) binomial draws, stopping early once all n are placed.
 */
export function sampleMultinomial(
  rng: Rng,
  n: number,
  probs: ArrayLike<number>,
  out: Float64Array | Uint32Array = new Float64Array(probs.length),
): Float64Array | Uint32Array {
  const k = probs.length;
  let mass = 0;
  for (let i = 0; i < k; i++) mass += probs[i]!;
  let left = n;
  let i = 0;
  for (; i < k && left > 0; i++) {
    const p = probs[i]!;
    if (p <= 0) {
      out[i] = 0;
      continue;
    }
    const ratio = p / mass;
    const x = ratio >= 1 ? left : sampleBinomial(rng, left, ratio);
    out[i] = x;
    left -= x;
    mass -= p;
    if (mass <= 0) mass = 0;
  }
  for (; i < k; i++) out[i] = 0;
  if (left > 0) {
    // Rounding left mass on the last positive outcome: put the remainder there (exactly what p/mass = 1 means).
    for (let j = k - 1; j >= 0; j--) {
      if (probs[j]! > 0) {
        out[j] = out[j]! + left;
        break;
      }
    }
  }
  return out;
}
