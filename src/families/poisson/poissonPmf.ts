// The Poisson pmf on the window that holds all but 1e-15 of its mass, by the ratio recursion outward from the mode (Johnson, Kemp & Kotz, Univariate Discrete Distributions, 3rd ed., sec. 4.6).
import { logFactorial } from "../../core/stats/special.js";

/** p[k - lo] = Pr(X = k) for k in [lo, lo + p.length); the mass outside the window is below `tail`. */
export interface PoissonWindow {
  readonly lo: number;
  readonly p: Float64Array;
}

/** Each side's neglected tail: together below 1e-15. */
const SIDE_TAIL = 4e-16;

/**
 * The pmf of Poisson(rate) on its window, computed from the mode outward with p_{k+1} = p_k rate / (k + 1).
 * The tail beyond k is bounded by a geometric series in the (decreasing) ratio, which is the stopping rule.
 * Normalised to sum 1. Cost O(sqrt(rate)): about 16 sqrt(rate) terms. A rate that is not finite and >= 0 gives an empty window.
 */
export function poissonWindow(rate: number, tail = 2 * SIDE_TAIL): PoissonWindow {
  if (!(rate >= 0) || !Number.isFinite(rate)) return { lo: 0, p: new Float64Array(0) };
  if (rate === 0) return { lo: 0, p: Float64Array.of(1) };
  const side = tail / 2;
  const mode = Math.floor(rate);
  const pMode = Math.exp(mode * Math.log(rate) - rate - logFactorial(mode));
  const up: number[] = [];
  let p = pMode;
  for (let k = mode; ; k++) {
    const r = rate / (k + 1);
    if ((p * r) / (1 - r) < side) break;
    p *= r;
    up.push(p);
  }
  const down: number[] = [];
  p = pMode;
  for (let k = mode; k > 0; k--) {
    const s = k / rate;
    if (s < 1 && (p * s) / (1 - s) < side) break;
    p *= s;
    down.push(p);
  }
  const out = new Float64Array(down.length + 1 + up.length);
  for (let i = 0; i < down.length; i++) out[down.length - 1 - i] = down[i]!;
  out[down.length] = pMode;
  out.set(up, down.length + 1);
  // The window holds 1 - 1e-15 of the mass, so normalising removes the rounding of p(mode) (large rates).
  let total = 0;
  for (let i = 0; i < out.length; i++) total += out[i]!;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
  return { lo: mode - down.length, p: out };
}
