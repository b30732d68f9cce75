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
  // Each loop is a function of its own that ends in `return`: V8 compiles a long loop while its first call runs,
  // and code after it that had not run by then would send later calls back to the interpreter.
  out.fill(0);
  const left = placeCounts(rng, n, probs, totalMass(probs), out);
  if (left > 0) {
    // Rounding left mass on the last positive outcome: put the remainder there (exactly what p/mass = 1 means).
    for (let j = probs.length - 1; j >= 0; j--) {
      if (probs[j]! > 0) {
        out[j] = out[j]! + left;
        break;
      }
    }
  }
  return out;
}

function totalMass(probs: ArrayLike<number>): number {
  let mass = 0;
  for (let i = 0; i < probs.length; i++) mass += probs[i]!;
  return mass;
}

/** Places n draws outcome by outcome, each a binomial of what is left; returns how many rounding left unplaced. */
function placeCounts(
  rng: Rng,
  n: number,
  probs: ArrayLike<number>,
  mass: number,
  out: Float64Array | Uint32Array,
): number {
  let left = n;
  for (let i = 0; i < probs.length && left > 0; i++) {
    const p = probs[i]!;
    if (p <= 0) continue;
    const ratio = p / mass;
    const x = ratio >= 1 ? left : sampleBinomial(rng, left, ratio);
    out[i] = x;
    left -= x;
    mass -= p;
    if (mass <= 0) mass = 0;
  }
  return left;
}
