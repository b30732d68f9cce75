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
  if (left > 0) placeRemainder(probs, out, left);
  return out;
}

/**
 * Two multinomial draws at once, each exactly what sampleMultinomial(rng, n, probs, out) draws from its own stream:
 * their binomials alternate, so that the processor works on one draw while the other waits on its last result
 * (each binomial needs the count the one before it left). outA and outB are overwritten.
 */
export function sampleMultinomialPair(
  rngA: Rng,
  nA: number,
  probsA: ArrayLike<number>,
  outA: Float64Array,
  rngB: Rng,
  nB: number,
  probsB: ArrayLike<number>,
  outB: Float64Array,
): void {
  if (probsA.length !== probsB.length)
    throw new RangeError("sampleMultinomialPair: the two draws need equal K");
  outA.fill(0);
  outB.fill(0);
  const leftA = placeCountsPair(
    rngA,
    nA,
    probsA,
    totalMass(probsA),
    outA,
    rngB,
    nB,
    probsB,
    totalMass(probsB),
    outB,
  );
  const leftB = pairLeftB;
  if (leftA > 0) placeRemainder(probsA, outA, leftA);
  if (leftB > 0) placeRemainder(probsB, outB, leftB);
}

/** Rounding left mass on the last positive outcome: put the remainder there (exactly what p/mass = 1 means). */
function placeRemainder(probs: ArrayLike<number>, out: Float64Array | Uint32Array, left: number): void {
  for (let j = probs.length - 1; j >= 0; j--) {
    if (probs[j]! > 0) {
      out[j] = out[j]! + left;
      return;
    }
  }
}

/** An outcome's count given `left` draws and `mass` still to place: all of them when p holds the rest, else binomial. */
function cellCount(rng: Rng, left: number, p: number, mass: number): number {
  const ratio = p / mass;
  return ratio >= 1 ? left : sampleBinomial(rng, left, ratio);
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
    const x = cellCount(rng, left, p, mass);
    out[i] = x;
    left -= x;
    mass -= p;
    if (mass <= 0) mass = 0;
  }
  return left;
}

/** What placeCountsPair's second draw left unplaced (a module variable: its store needs no type feedback). */
let pairLeftB = 0;

/** placeCounts for two draws, outcome by outcome; returns the first draw's unplaced count, the second's in pairLeftB. */
function placeCountsPair(
  rngA: Rng,
  nA: number,
  probsA: ArrayLike<number>,
  massA: number,
  outA: Float64Array,
  rngB: Rng,
  nB: number,
  probsB: ArrayLike<number>,
  massB: number,
  outB: Float64Array,
): number {
  let leftA = nA;
  let leftB = nB;
  let restA = massA;
  let restB = massB;
  for (let i = 0; i < probsA.length && (leftA > 0 || leftB > 0); i++) {
    const pA = probsA[i]!;
    // `!(p <= 0)`, as placeCounts skips: a NaN probability is drawn from there, and so it is here.
    if (leftA > 0 && !(pA <= 0)) {
      const x = cellCount(rngA, leftA, pA, restA);
      outA[i] = x;
      leftA -= x;
      restA -= pA;
      if (restA <= 0) restA = 0;
    }
    const pB = probsB[i]!;
    if (leftB > 0 && !(pB <= 0)) {
      const x = cellCount(rngB, leftB, pB, restB);
      outB[i] = x;
      leftB -= x;
      restB -= pB;
      if (restB <= 0) restB = 0;
    }
  }
  pairLeftB = leftB;
  return leftA;
}
