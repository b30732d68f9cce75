// Gaussian replace loop, unbiased variance (docs/theory.md#gaussian-replace-unbiased); Shumailov et al. 2024, Nature 631 (martingale argument, their section on the Gaussian model).
import { logVarianceStepMean, sdStepMean } from "./gaussianReplaceMle.js";

/** E sigma_t^2 / sigma0^2 = 1: a martingale. */
export function gaussianUnbiasedVariance(_n: number, _t: number): number {
  return 1;
}

/** Var mu_t / sigma0^2 = t/n (exact). */
export function gaussianUnbiasedMeanVariance(n: number, t: number): number {
  return t / n;
}

/** E sigma_t / sigma0 = c^t, c = sqrt(2/(n-1)) Gamma(n/2)/Gamma((n-1)/2) < 1. */
export function gaussianUnbiasedSd(n: number, t: number): number {
  return sdStepMean(n, n - 1) ** t;
}

/** E W2^2(N(mu*, sigma0^2), N(mu_t, sigma_t^2)) / sigma0^2 = t/n + 2(1 - c^t). */
export function gaussianUnbiasedW2sq(n: number, t: number): number {
  return t / n + 2 * (1 - gaussianUnbiasedSd(n, t));
}

/** E log sigma_t^2 - log sigma0^2 = t (psi((n-1)/2) + ln(2/(n-1))) < 0: log sigma^2 drifts down. */
export function gaussianUnbiasedLogVariance(n: number, t: number): number {
  return t * logVarianceStepMean(n, n - 1);
}

/** Markov bound on E sigma_t = c^t <= exp(-t/(4n)): Pr(sigma_t > eps) <= (sigma0/eps) exp(-t/(4n)). */
export function gaussianUnbiasedTailBound(n: number, t: number, eps: number, sigma0 = 1): number {
  return Math.min(1, (sigma0 / eps) * Math.exp(-t / (4 * n)));
}
