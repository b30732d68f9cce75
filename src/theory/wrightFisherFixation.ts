// Fixation in the neutral Wright-Fisher loop, diffusion approximation (docs/theory.md#fixation); Kimura & Ohta 1969, Genetics 61 ("The average number of generations until fixation of a mutant gene"), Littler 1975 (K alleles), Ewens 2004 ch. 5.

/** Pr(outcome i is the one that takes over) = p_i at the start (p_t is a martingale); exact. */
export function fixationProbability(probs: readonly number[], i: number): number {
  return probs[i] ?? 0;
}

/** Mean generations until one outcome is left: -2n sum_i (1 - p_i) ln(1 - p_i) (diffusion approximation). */
export function meanFixationTime(probs: readonly number[], n: number): number {
  let sum = 0;
  for (const p of probs) if (p > 0 && p < 1) sum += (1 - p) * Math.log1p(-p);
  return -2 * n * sum;
}

/** The same for uniform p over K outcomes: 2n (K - 1) ln(K/(K - 1)). */
export function meanFixationTimeUniform(outcomes: number, n: number): number {
  return outcomes <= 1 ? 0 : 2 * n * (outcomes - 1) * Math.log(outcomes / (outcomes - 1));
}

/** Two outcomes, start at p: mean generations until fixation given that p takes over: -2n (1-p) ln(1-p) / p. */
export function conditionalFixationTime(p: number, n: number): number {
  if (p >= 1) return 0;
  return (-2 * n * (1 - p) * Math.log1p(-p)) / p;
}

/** Two outcomes, start at p: mean generations until loss given that p is lost: -2n p ln p / (1 - p). */
export function conditionalLossTime(p: number, n: number): number {
  if (p <= 0) return 0;
  return (-2 * n * p * Math.log(p)) / (1 - p);
}

/** A single copy (p = 1/n): conditional fixation time, about 2n. */
export function singleCopyFixationTime(n: number): number {
  return conditionalFixationTime(1 / n, n);
}

/** A single copy (p = 1/n): conditional loss time, 2 ln(n) n/(n - 1). */
export function singleCopyLossTime(n: number): number {
  return conditionalLossTime(1 / n, n);
}
