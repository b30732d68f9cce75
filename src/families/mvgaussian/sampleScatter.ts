// The scatter matrix of n Gaussian points, sum (x_i - xbar)(x_i - xbar)' ~ Wishart(C, n - 1): Bartlett's decomposition (Bartlett 1933; Odell & Feiveson, JASA 61, 1966).
import { sampleChiSquare } from "../../core/random/gamma.js";
import type { Rng } from "../../core/rng.js";

/**
 * B ~ Wishart(I_d, m), row-major. For m >= d, B = A A' with A lower triangular, A_ii^2 ~ chi^2_{m - i}
 * (i = 0..d-1) and A_ij ~ N(0, 1) below the diagonal; for m < d (singular Wishart), B = Z Z' with m standard
 * normal vectors Z, which is the definition. Both are exact.
 */
export function sampleStandardWishart(rng: Rng, d: number, m: number): Float64Array {
  const out = new Float64Array(d * d);
  if (m <= 0) return out;
  if (m >= d) {
    const a = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      a[i * d + i] = Math.sqrt(sampleChiSquare(rng, m - i));
      for (let j = 0; j < i; j++) a[i * d + j] = rng.normal();
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let k = 0; k <= j; k++) s += a[i * d + k]! * a[j * d + k]!;
        out[i * d + j] = s;
        out[j * d + i] = s;
      }
    }
    return out;
  }
  const z = new Float64Array(d);
  for (let r = 0; r < m; r++) {
    for (let i = 0; i < d; i++) z[i] = rng.normal();
    for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) out[i * d + j] = out[i * d + j]! + z[i]! * z[j]!;
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) out[j * d + i] = out[i * d + j]!;
  return out;
}

/** L B L' for a lower-triangular L and a symmetric B (row-major d x d): Wishart(L L', m) from Wishart(I, m). */
export function congruence(l: Float64Array, b: Float64Array, d: number): Float64Array {
  const lb = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k <= i; k++) s += l[i * d + k]! * b[k * d + j]!;
      lb[i * d + j] = s;
    }
  }
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k <= j; k++) s += lb[i * d + k]! * l[j * d + k]!;
      out[i * d + j] = s;
      out[j * d + i] = s;
    }
  }
  return out;
}
