// Gaussian fixed-real loop: the same n exogenous samples plus L = round(lambda n) synthetic ones each fit, exact moment recursion (docs/theory.md#gaussian-fixed-real); Bertrand et al. 2023 (stability with a fixed share of real data).

/** Standardised moments: c = E xbar_D mu_t, a = E mu_t^2, b = E sigma_t^2 (xbar_D the mean of the fixed real data). */
export interface FixedRealMoments {
  readonly c: number;
  readonly a: number;
  readonly b: number;
}

export interface FixedRealStep {
  readonly n: number;
  /** Synthetic samples per fit. */
  readonly synthetic: number;
  readonly tau: number;
  /** Divisor of the variance estimator for m samples (m for the MLE, m - 1 for the unbiased one). */
  readonly divisor: (size: number) => number;
}

/** The model at t = 1, fitted to the n real samples alone. */
export function fixedRealFirstFit(n: number, divisor: (size: number) => number): FixedRealMoments {
  return { c: 1 / n, a: 1 / n, b: (n - 1) / divisor(n) };
}

/**
 * One fit on the real data plus L draws from N(mu, tau sigma^2), with A = E xbar_D^2 = 1/n:
 * c' = (n A + L c)/(n + L); a' = (n^2 A + 2 n L c + L^2 a + L tau b)/(n + L)^2;
 * b' = [(n - 1) + (L - 1) tau b + (n L/(n + L)) (A - 2c + a + tau b/L)] / divisor(n + L).
 */
export function gaussianFixedRealStep(m: FixedRealMoments, step: FixedRealStep): FixedRealMoments {
  const { n, synthetic: l, tau } = step;
  if (l === 0) return fixedRealFirstFit(n, step.divisor);
  const A = 1 / n;
  const total = n + l;
  const c = (n * A + l * m.c) / total;
  const a = (n * n * A + 2 * n * l * m.c + l * l * m.a + l * tau * m.b) / (total * total);
  const gap = A - 2 * m.c + m.a + (tau * m.b) / l;
  const b = (n - 1 + (l - 1) * tau * m.b + ((n * l) / total) * gap) / step.divisor(total);
  return { c, a, b };
}

/** Known sigma: the stationary Var(mu - xbar_D) = lambda sigma^2 / ((1 + 2 lambda) n); contraction lambda/(1+lambda). */
export function fixedRealStationaryGap(n: number, lambda: number, sigma2 = 1): number {
  return (lambda * sigma2) / ((1 + 2 * lambda) * n);
}
