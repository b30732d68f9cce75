// Gamma(shape, 1) deviates: Marsaglia & Tsang, ACM TOMS 26(3), 2000; shape < 1 by the U^(1/shape) boost (their section 6).
import type { Rng } from "../rng.js";

/** A Gamma(shape, scale = 1) deviate, shape > 0. */
export function sampleGamma(rng: Rng, shape: number): number {
  if (!(shape > 0)) return Number.NaN;
  if (shape < 1) return sampleGamma(rng, shape + 1) * rng.floatOpen() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.floatOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A chi-square deviate with `df` > 0 degrees of freedom (2 Gamma(df/2)). */
export function sampleChiSquare(rng: Rng, df: number): number {
  return 2 * sampleGamma(rng, df / 2);
}
