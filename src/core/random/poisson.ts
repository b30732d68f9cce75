// Poisson deviates: inversion for rate < 10, else PTRS (Hoermann, Insurance: Math. Econ. 12, 1993).
import type { Rng } from "../rng.js";
import { logFactorial } from "../stats/special.js";

function poissonInversion(rng: Rng, rate: number): number {
  let x = 0;
  let p = Math.exp(-rate);
  let s = p;
  const u = rng.float();
  while (u > s) {
    x++;
    p *= rate / x;
    s += p;
    if (p === 0 && s < u) break;
  }
  return x;
}

function poissonPtrs(rng: Rng, rate: number): number {
  const sqrtRate = Math.sqrt(rate);
  const logRate = Math.log(rate);
  const b = 0.931 + 2.53 * sqrtRate;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.float() - 0.5;
    const v = rng.floatOpen();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + rate + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -rate + k * logRate - logFactorial(k)
    ) {
      return k;
    }
  }
}

/** A Poisson(rate) deviate, rate >= 0. Returns NaN for an invalid rate. */
export function samplePoisson(rng: Rng, rate: number): number {
  if (!(rate >= 0) || !Number.isFinite(rate)) return Number.NaN;
  if (rate === 0) return 0;
  return rate < 10 ? poissonInversion(rng, rate) : poissonPtrs(rng, rate);
}
