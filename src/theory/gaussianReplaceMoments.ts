// Exact second-moment recursion of the Gaussian replace loop with fresh data, temperature and either estimator (docs/theory.md#gaussian-fresh-alpha); Bertrand et al. 2023, "On the stability of iterative retraining of generative models on their own data".

/** Standardised moments (truth N(0, 1)): a = E mu_t^2, b = E sigma_t^2. */
export interface GaussianMoments {
  readonly a: number;
  readonly b: number;
}

/** How one generation's data is made: k fresh draws from P*, n - k from the model with its variance times tau. */
export interface GaussianStep {
  readonly n: number;
  readonly k: number;
  /** Temperature: the model is sampled as N(mu, tau sigma^2). */
  readonly tau: number;
  /** The variance estimator divides the sum of squares by this (n for the MLE, n - 1 for the unbiased one). */
  readonly divisor: number;
}

/**
 * One fit: with r = n - k and V = k + r tau b (the summed sampling variances),
 * a' = (r^2 a + V)/n^2 and b' = [V (n-1)/n + r k a/n] / divisor.
 */
export function gaussianReplaceStep(m: GaussianMoments, step: GaussianStep): GaussianMoments {
  const { n, k, tau, divisor } = step;
  const r = n - k;
  const v = k + r * tau * m.b;
  return {
    a: (r * r * m.a + v) / (n * n),
    b: ((v * (n - 1)) / n + (r * k * m.a) / n) / divisor,
  };
}

/**
 * The stationary point of a constant step (the 2x2 linear system a = A a + B b + c); null when it has none.
 * With the MLE and tau = 1 it satisfies a + b = 1, and a = (1/n) / (1 - (1-alpha)^2 + (1-alpha)/n).
 */
export function gaussianFreshAlphaFixedPoint(step: GaussianStep): GaussianMoments | null {
  const { n, k, tau, divisor } = step;
  const r = n - k;
  // a = a11 a + a12 b + c1 ; b = a21 a + a22 b + c2
  const a11 = (r * r) / (n * n);
  const a12 = (r * tau) / (n * n);
  const c1 = k / (n * n);
  const a21 = (r * k) / (n * divisor);
  const a22 = (r * tau * (n - 1)) / (n * divisor);
  const c2 = (k * (n - 1)) / (n * divisor);
  const m11 = 1 - a11;
  const m22 = 1 - a22;
  const det = m11 * m22 - a12 * a21;
  if (!(Math.abs(det) > 1e-300)) return null;
  const a = (c1 * m22 + a12 * c2) / det;
  const b = (m11 * c2 + a21 * c1) / det;
  return a >= 0 && b >= 0 ? { a, b } : null;
}
