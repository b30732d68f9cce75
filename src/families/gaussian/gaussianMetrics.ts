// The Gaussian model and its metrics against P*: KL and W2 between normals (Dowson & Landau 1982; Givens & Shortt 1984).

export interface GaussianModel {
  readonly mean: number;
  readonly var: number;
}

export const GAUSSIAN_METRICS = ["mean", "var", "log_var", "sq_err_mean", "w2sq", "kl_rev"] as const;

/** The metrics of N(mean, variance) against N(mu, s2), in GAUSSIAN_METRICS order, at out[offset + m * stride]. */
export function measureGaussianInto(
  mean: number,
  variance: number,
  mu: number,
  s2: number,
  out: Float64Array,
  offset = 0,
  stride = 1,
): void {
  const d = mean - mu;
  const sdDiff = Math.sqrt(variance) - Math.sqrt(s2);
  out[offset] = mean;
  out[offset + stride] = variance;
  out[offset + 2 * stride] = Math.log(variance);
  out[offset + 3 * stride] = d * d;
  out[offset + 4 * stride] = d * d + sdDiff * sdDiff;
  out[offset + 5 * stride] = 0.5 * (Math.log(s2 / variance) + (variance + d * d) / s2 - 1);
}
