// Gaussian replace loop, MLE variance (docs/theory.md#gaussian-replace-mle); Shumailov et al. 2024, Nature 631, "AI models collapse when trained on recursively generated data".
import { digamma, logGamma, trigamma } from "../core/stats/special.js";

/** E sigma_t^2 / sigma0^2 = q^t, q = (n - 1)/n. */
export function gaussianMleVariance(n: number, t: number): number {
  return ((n - 1) / n) ** t;
}

/** Var mu_t / sigma0^2 = 1 - q^t (exact). */
export function gaussianMleMeanVariance(n: number, t: number): number {
  return -Math.expm1(t * Math.log1p(-1 / n));
}

/** E sigma_t^4 / sigma0^4 = (1 - 1/n^2)^t. */
export function gaussianMleFourthMoment(n: number, t: number): number {
  return (1 - 1 / (n * n)) ** t;
}

/** Mean of one step of log sigma^2 when the variance divides by `divisor`: psi((n-1)/2) + ln(2/divisor). */
export function logVarianceStepMean(n: number, divisor: number): number {
  return digamma((n - 1) / 2) + Math.log(2 / divisor);
}

/** Variance of one step of log sigma^2: psi_1((n-1)/2), whatever the divisor. */
export function logVarianceStepVariance(n: number): number {
  return trigamma((n - 1) / 2);
}

/** E sqrt(chi^2_{n-1} / divisor) = sqrt(2/divisor) Gamma(n/2) / Gamma((n-1)/2): one step of E sigma. */
export function sdStepMean(n: number, divisor: number): number {
  return Math.exp(0.5 * Math.log(2 / divisor) + logGamma(n / 2) - logGamma((n - 1) / 2));
}

/** E log sigma_t^2 - log sigma0^2 = t (psi((n-1)/2) + ln(2/n)) for the MLE. */
export function gaussianMleLogVariance(n: number, t: number): number {
  return t * logVarianceStepMean(n, n);
}
