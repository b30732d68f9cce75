// KL(P_t || P*) and W2^2(P_t, P*) of two 1-D Gaussian mixtures by quadrature on one shared grid (Cover & Thomas ch. 8; W2 as the L2 distance of quantile functions, Villani 2003, thm. 2.18).
import { type GmmModel, gmmDensity, gmmLogDensity } from "./gmmModel.js";

/** Grid half-width and step, in standard deviations of each component. */
export const GRID_HALF_WIDTH = 8;
export const GRID_STEP = 0.05;

/**
 * The grid: for every component of weight > 0 of either mixture, the nodes mu_j + sd_j z for
 * z = -8, -7.95, ..., 8 (321 nodes), merged and sorted; so each component is resolved on its own scale,
 * however narrow. Mass beyond +-8 sd of every component (< 1.3e-15) is neglected.
 */
export function gmmGrid(a: GmmModel, b: GmmModel): Float64Array {
  const per = Math.round((2 * GRID_HALF_WIDTH) / GRID_STEP) + 1;
  const nodes: number[] = [];
  for (const m of [a, b]) {
    for (let j = 0; j < m.weights.length; j++) {
      if (!(m.weights[j]! > 0)) continue;
      for (let i = 0; i < per; i++) nodes.push(m.means[j]! + m.sds[j]! * (-GRID_HALF_WIDTH + i * GRID_STEP));
    }
  }
  const sorted = Float64Array.from(nodes).sort();
  let w = 0;
  for (let i = 0; i < sorted.length; i++)
    if (w === 0 || sorted[i]! > sorted[w - 1]!) sorted[w++] = sorted[i]!;
  return sorted.subarray(0, w);
}

export interface GmmDivergence {
  readonly kl: number;
  readonly w2sq: number;
}

/**
 * KL: composite Simpson (nodes and midpoints) of p ln(p/q) - p + q, which integrates to KL(p || q) and is >= 0
 * pointwise, so the quadrature error is relative to KL itself, not to 1. W2: the CDFs are accumulated on the
 * grid by the same Simpson rule and interpolated linearly; the W2 of those two piecewise-linear CDFs is then
 * exact (a merge of their quantile functions, linear on each piece). Relative error about 1e-4 (tested against
 * the Gaussian closed forms). NaN when a parameter is not finite.
 */
export function gmmDivergence(p: GmmModel, q: GmmModel): GmmDivergence {
  for (const m of [p, q]) {
    for (let j = 0; j < m.weights.length; j++) {
      if (!Number.isFinite(m.weights[j]!) || !Number.isFinite(m.means[j]!) || !(m.sds[j]! > 0)) {
        return { kl: Number.NaN, w2sq: Number.NaN };
      }
    }
  }
  const x = gmmGrid(p, q);
  const n = x.length;
  const dp = gmmDensity(p);
  const dq = gmmDensity(q);
  const cdfP = new Float64Array(n);
  const cdfQ = new Float64Array(n);
  let kl = 0;
  let lpA = gmmLogDensity(dp, x[0]!);
  let lqA = gmmLogDensity(dq, x[0]!);
  let pA = Math.exp(lpA);
  let qA = Math.exp(lqA);
  for (let i = 0; i + 1 < n; i++) {
    const a = x[i]!;
    const b = x[i + 1]!;
    const lpM = gmmLogDensity(dp, 0.5 * (a + b));
    const lqM = gmmLogDensity(dq, 0.5 * (a + b));
    const lpB = gmmLogDensity(dp, b);
    const lqB = gmmLogDensity(dq, b);
    const pM = Math.exp(lpM);
    const qM = Math.exp(lqM);
    const pB = Math.exp(lpB);
    const qB = Math.exp(lqB);
    const h6 = (b - a) / 6;
    kl += h6 * (klTerm(pA, lpA, qA, lqA) + 4 * klTerm(pM, lpM, qM, lqM) + klTerm(pB, lpB, qB, lqB));
    cdfP[i + 1] = cdfP[i]! + h6 * (pA + 4 * pM + pB);
    cdfQ[i + 1] = cdfQ[i]! + h6 * (qA + 4 * qM + qB);
    lpA = lpB;
    lqA = lqB;
    pA = pB;
    qA = qB;
  }
  return { kl, w2sq: quantileDistance(x, cdfP, cdfQ) };
}

/** p ln(p/q) - p + q from the densities and their logarithms (0 ln 0 = 0). */
function klTerm(p: number, lp: number, q: number, lq: number): number {
  return p > 0 ? p * (lp - lq) - p + q : q;
}

/**
 * The integral over u in (0, 1) of (F^-1(u) - G^-1(u))^2 for CDFs F, G given at common nodes x (from 0,
 * rescaled to end at 1) and linear in between. Both quantile functions are linear between consecutive
 * breakpoints of the merged u-partition, so each piece integrates exactly: du (d0^2 + d0 d1 + d1^2) / 3.
 */
export function quantileDistance(x: Float64Array, f: Float64Array, g: Float64Array): number {
  const n = x.length;
  const fEnd = f[n - 1]!;
  const gEnd = g[n - 1]!;
  if (!(fEnd > 0) || !(gEnd > 0)) return Number.NaN;
  let i = 0;
  let j = 0;
  let u = 0;
  let total = 0;
  const quantile = (c: Float64Array, end: number, k: number, level: number) => {
    const lo = c[k]! / end;
    const hi = c[k + 1]! / end;
    return x[k]! + ((level - lo) / (hi - lo)) * (x[k + 1]! - x[k]!);
  };
  for (;;) {
    while (i + 1 < n && !(f[i + 1]! / fEnd > u)) i++;
    while (j + 1 < n && !(g[j + 1]! / gEnd > u)) j++;
    if (i + 1 >= n || j + 1 >= n) break;
    const next = Math.min(f[i + 1]! / fEnd, g[j + 1]! / gEnd);
    const d0 = quantile(f, fEnd, i, u) - quantile(g, gEnd, j, u);
    const d1 = quantile(f, fEnd, i, next) - quantile(g, gEnd, j, next);
    total += ((next - u) * (d0 * d0 + d0 * d1 + d1 * d1)) / 3;
    u = next;
  }
  return total;
}
