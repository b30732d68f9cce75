// Gaussian accumulate loop (fit on every sample so far), exact moment recursion (docs/theory.md#gaussian-accumulate); Gerstgrasser et al. 2024, "Is model collapse inevitable? Breaking the curse of recursion by accumulating real and synthetic data".

/** Standardised state after a fit: pool size, a = E mu_t^2 (mu = pool mean), e = E of the pool's sum of squares. */
export interface AccumulateState {
  readonly size: number;
  readonly a: number;
  readonly e: number;
}

export interface AccumulateStep {
  readonly n: number;
  /** Fresh draws from P* in this generation's n new samples. */
  readonly k: number;
  readonly tau: number;
  /** Divisor of the variance estimator for a pool of `size` samples (size for the MLE, size - 1 unbiased). */
  readonly divisor: (size: number) => number;
}

/** The state before the first fit: an empty pool. */
export const ACCUMULATE_START: AccumulateState = { size: 0, a: 0, e: 0 };

/** E sigma^2 of the model fitted to this state. */
export function accumulateVariance(state: AccumulateState, divisor: (size: number) => number): number {
  return state.size > 1 ? state.e / divisor(state.size) : 0;
}

/**
 * One generation: n new samples (k fresh, r = n - k from N(mu, tau sigma^2)) join the pool of N.
 * With V = k + r tau E sigma^2: a' = [(N + r)^2 a + V]/(N + n)^2 and
 * e' = e + V (n-1)/n + r k a/n + (N n/(N + n)) ((k/n)^2 a + V/n^2).
 */
export function gaussianAccumulateStep(s: AccumulateState, step: AccumulateStep): AccumulateState {
  const { n, k, tau } = step;
  const r = n - k;
  const size = s.size;
  const b = size > 0 ? accumulateVariance(s, step.divisor) : 0;
  const v = k + r * tau * b;
  const total = size + n;
  const a = ((size + r) ** 2 * s.a + v) / (total * total);
  const batchSs = (v * (n - 1)) / n + (r * k * s.a) / n;
  const gap = ((k / n) ** 2 * s.a + v / (n * n)) * ((size * n) / total);
  return { size: total, a, e: s.e + batchSs + gap };
}

/** alpha = 0, MLE: E sigma_t^2 = q prod_{k=2..t} (1 - 1/(k^2 n)). */
export function gaussianAccumulateVariance(n: number, t: number): number {
  if (t <= 0) return 1;
  let v = (n - 1) / n;
  for (let k = 2; k <= t; k++) v *= 1 - 1 / (k * k * n);
  return v;
}

/** The t -> infinity limit of gaussianAccumulateVariance: prod_k (1 - x^2/k^2) = sin(pi x)/(pi x), x = 1/sqrt(n). */
export function gaussianAccumulateVarianceLimit(n: number): number {
  const x = Math.PI / Math.sqrt(n);
  return Math.sin(x) / x;
}

/** alpha = 0, MLE: Var mu_t = (1/n) [1 + sum_{s=1}^{t-1} E sigma_s^2 / (s+1)^2]; about (pi^2/6)/n as t grows. */
export function gaussianAccumulateMeanVariance(n: number, t: number): number {
  if (t <= 0) return 0;
  let sum = 1;
  for (let s = 1; s < t; s++) sum += gaussianAccumulateVariance(n, s) / ((s + 1) * (s + 1));
  return sum / n;
}
