// Exact mean of the categorical loop's probability vector under fresh data, reservoir and MAP shrinkage (docs/theory.md#bernoulli).

/** E p_{t+1} (one coordinate) = (1 - lambda)(k p* + r E p_t)/n + lambda/K after a replace fit (fresh k, r = n - k). */
export function categoricalMeanReplaceStep(
  mean: number,
  star: number,
  n: number,
  k: number,
  lambda: number,
  outcomes: number,
): number {
  return ((1 - lambda) * (k * star + (n - k) * mean)) / n + lambda / outcomes;
}

/** E p_{t+1} after a fixed-real fit on n real plus L synthetic samples: (1 - lambda)(n p* + L E p_t)/(n + L) + lambda/K. */
export function categoricalMeanFixedRealStep(
  mean: number,
  star: number,
  n: number,
  synthetic: number,
  lambda: number,
  outcomes: number,
): number {
  return ((1 - lambda) * (n * star + synthetic * mean)) / (n + synthetic) + lambda / outcomes;
}

/**
 * The MAP under a symmetric Dirichlet(prior) on m samples is (counts + a)/(m + K a), a = prior - 1: the MLE mixed with
 * the uniform at weight K a/(m + K a). Followed by the reservoir lambda it is one mixture of weight
 * 1 - (1 - lambda) m/(m + K a).
 */
export function effectiveReservoir(lambda: number, prior: number, size: number, outcomes: number): number {
  const a = prior - 1;
  if (a <= 0) return lambda;
  return 1 - ((1 - lambda) * size) / (size + outcomes * a);
}
