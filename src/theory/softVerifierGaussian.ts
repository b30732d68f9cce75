// A Gaussian refit on samples accepted by a soft verifier, infinite sample (docs/theory.md#soft-verifier): the product of two Gaussians.

export interface SoftVerifierState {
  readonly mean: number;
  readonly variance: number;
}

/**
 * Accept x with probability exp(-(x - c)^2 / (2 tau^2)): after t refits 1/s_t^2 = 1/s0^2 + t/tau^2 and
 * m_t = (m0/s0^2 + t c/tau^2) s_t^2, so m_t -> c (the verifier's centre) and s_t -> 0.
 */
export function softVerifierGaussian(
  m0: number,
  s0: number,
  centre: number,
  tau: number,
  t: number,
): SoftVerifierState {
  const precision = 1 / (s0 * s0) + t / (tau * tau);
  const variance = 1 / precision;
  return { mean: (m0 / (s0 * s0) + (t * centre) / (tau * tau)) * variance, variance };
}
