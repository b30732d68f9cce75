// Hypergeometric deviates by inversion searching outward from the mode (Kachitvichyanukul & Schmeiser 1985, "HIN"-style).
import type { Rng } from "../rng.js";
import { logFactorial } from "../stats/special.js";

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** Successes in `draws` draws without replacement from `good` successes and `bad` failures. */
export function sampleHypergeometric(rng: Rng, good: number, bad: number, draws: number): number {
  const total = good + bad;
  if (draws <= 0 || good <= 0) return 0;
  if (bad <= 0) return draws;
  if (draws >= total) return good;
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  if (lo === hi) return lo;
  const mode = Math.floor(((draws + 1) * (good + 1)) / (total + 2));
  const logNorm = logChoose(total, draws);
  const pmf = (x: number) => Math.exp(logChoose(good, x) + logChoose(bad, draws - x) - logNorm);
  let u = rng.float();
  // Walk outward from the mode, alternating sides, subtracting probability mass until u is used up.
  const pMode = pmf(mode);
  u -= pMode;
  if (u <= 0) return mode;
  let down = mode;
  let up = mode;
  let pDown = pMode;
  let pUp = pMode;
  while (down > lo || up < hi) {
    if (up < hi) {
      pUp *= ((good - up) * (draws - up)) / ((up + 1) * (bad - draws + up + 1));
      up++;
      u -= pUp;
      if (u <= 0) return up;
    }
    if (down > lo) {
      pDown *= (down * (bad - draws + down)) / ((good - down + 1) * (draws - down + 1));
      down--;
      u -= pDown;
      if (u <= 0) return down;
    }
  }
  return mode;
}

/** Draws `n` items without replacement from a pool given by category counts, into `out`. */
export function sampleMultivariateHypergeometric(
  rng: Rng,
  counts: ArrayLike<number>,
  n: number,
  out: Float64Array = new Float64Array(counts.length),
): Float64Array {
  let remaining = 0;
  for (let i = 0; i < counts.length; i++) remaining += counts[i]!;
  let left = Math.min(n, remaining);
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    remaining -= c;
    const x = left > 0 ? sampleHypergeometric(rng, c, remaining, left) : 0;
    out[i] = x;
    left -= x;
  }
  return out;
}
