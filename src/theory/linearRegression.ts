// Linear regression on its own labels, replace vs accumulate (docs/theory.md#linear-regression); Gerstgrasser et al. 2024, "Is model collapse inevitable?" (their Theorem on accumulation), Dohmatob et al. 2024.

/** E tr((X'X)^-1) for T rows of i.i.d. N(0, I_d) features: d/(T - d - 1) (inverse Wishart mean), T > d + 1. */
export function gaussianDesignTraceInverse(rows: number, d: number): number {
  return d / (rows - d - 1);
}

/** Replace: E||w_t - w*||^2 = t sigma^2 tr((X'X)^-1): linear growth. */
export function regressionReplaceError(t: number, sigma2: number, traceInverse: number): number {
  return t * sigma2 * traceInverse;
}

/** Accumulate (the same X stacked): sigma^2 tr((X'X)^-1) sum_{i<=t} 1/i^2, below pi^2/6 times the first error. */
export function regressionAccumulateError(t: number, sigma2: number, traceInverse: number): number {
  let sum = 0;
  for (let i = 1; i <= t; i++) sum += 1 / (i * i);
  return sigma2 * traceInverse * sum;
}
