// Code length of real data under a Gaussian noise model, quantised at a fixed precision (Rissanen 1978, two-part MDL).

/**
 * Bits of n residuals with sum of squares `sse` under N(0, sigma^2) with sigma = max(rms, floor), each value quantised
 * at `precision`: sum of -log2(phi(r_i / sigma) * precision / sigma). Equal `precision` across models makes only
 * differences meaningful; NaN or Infinity gives Infinity.
 */
export function gaussianCodeLength(n: number, sse: number, floor: number, precision: number): number {
  if (!(n > 0) || !Number.isFinite(sse) || sse < 0) return Number.POSITIVE_INFINITY;
  const sigma = Math.max(Math.sqrt(sse / n), floor);
  const nats = 0.5 * n * Math.log(2 * Math.PI * sigma * sigma) + sse / (2 * sigma * sigma);
  return nats / Math.LN2 - n * Math.log2(precision);
}
