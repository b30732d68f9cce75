// Exact extinction probability of the Poisson loop (MLE = sample mean) via its Laplace transform (docs/theory.md#poisson); a critical Galton-Watson argument (Harris 1963, ch. 1).

/**
 * Pr(Lambda_t = 0) when the fit at generation j uses counts[j-1] fresh draws from Poisson(rate) and
 * n - counts[j-1] from the model (counts[0] = n). With Z_j = n Lambda_j,
 * E e^{-theta Z_j} = exp(-k_j rate (1 - e^{-theta})) E exp(-((n - k_j)/n)(1 - e^{-theta}) Z_{j-1}),
 * evaluated backwards from theta = infinity.
 */
export function poissonZeroProbability(rate: number, n: number, counts: readonly number[]): number {
  let logP = 0;
  let u = 1;
  for (let j = counts.length - 1; j >= 0; j--) {
    const k = counts[j]!;
    logP -= k * rate * u;
    u = -Math.expm1(-((n - k) / n) * u);
  }
  return Math.exp(logP);
}

/** g_1 = 1, g_{k+1} = 1 - exp(-g_k): with no fresh data Pr(Lambda_t = 0) = exp(-n rate g_t); t g_t -> 2. */
export function poissonDecayFactor(t: number): number {
  let g = 1;
  for (let k = 1; k < t; k++) g = -Math.expm1(-g);
  return g;
}

/** Pr(Lambda_t != 0) with no fresh data: 1 - exp(-n rate g_t). */
export function poissonSurvival(rate: number, n: number, t: number): number {
  return -Math.expm1(-n * rate * poissonDecayFactor(t));
}
