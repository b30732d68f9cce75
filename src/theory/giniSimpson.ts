// Closed forms for the Gini-Simpson index of the categorical loop (docs/theory.md#categorical-gini-simpson); Wright-Fisher heterozygosity (Ewens, Mathematical Population Genetics, ch. 3), reservoir = symmetric mutation (Kimura & Crow 1964).

/** E[1 - sum p_t^2] = (1 - 1/n)^t (1 - sum p*^2) in the replace loop with no fresh data. */
export function giniSimpsonReplace(giniStar: number, n: number, t: number): number {
  return giniStar * (1 - 1 / n) ** t;
}

/** The same in the accumulate loop: (1 - 1/n) prod_{k=2..t} (1 - 1/(k^2 n)) G*, bounded away from 0. */
export function giniSimpsonAccumulate(giniStar: number, n: number, t: number): number {
  if (t <= 0) return giniStar;
  let g = giniStar * (1 - 1 / n);
  for (let k = 2; k <= t; k++) g *= 1 - 1 / (k * k * n);
  return g;
}

/** Stationary E sum p^2 with the uniform reservoir lambda and no fresh data: S* of the mutation-drift balance. */
export function reservoirStationarySumSquares(n: number, lambda: number, outcomes: number): number {
  const keep = (1 - lambda) ** 2;
  return (keep / n + (2 * lambda - lambda * lambda) / outcomes) / (1 - keep * (1 - 1 / n));
}

/** Stationary E||p - p*||^2 with a fresh fraction alpha from P*: (G* / n) / (1 - (1-alpha)^2 + (1-alpha)/n). */
export function freshAlphaStationarySqDist(giniStar: number, n: number, alpha: number): number {
  const r = 1 - alpha;
  return giniStar / n / (1 - r * r + r / n);
}
