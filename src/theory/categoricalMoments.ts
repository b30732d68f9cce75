// Exact second moments of the categorical (haploid Wright-Fisher) loop with fresh data and a uniform reservoir (docs/theory.md#categorical-gini-simpson); Wright-Fisher heterozygosity decay (Ewens, Mathematical Population Genetics, ch. 3).

/** S = E sum p_t^2 and X = E sum p_t p*; G = 1 - S is E Gini-Simpson, S - 2X + S* is E sum (p_t - p*)^2. */
export interface CategoricalMoments {
  readonly s: number;
  readonly x: number;
}

export interface CategoricalStep {
  readonly n: number;
  /** Fresh draws from P* among the n. */
  readonly k: number;
  /** S* = sum p*^2. */
  readonly sStar: number;
  /** Uniform reservoir weight mixed in after the fit, over `outcomes` outcomes. */
  readonly reservoir: number;
  readonly outcomes: number;
}

/** The moments of P* itself (t = 0). */
export function categoricalTruthMoments(sStar: number): CategoricalMoments {
  return { s: sStar, x: sStar };
}

/**
 * One replace fit, counts = Mult(k, p*) + Mult(r, p_t), r = n - k, then p <- (1 - lambda) counts/n + lambda/K:
 * F = [n + k(k-1) S* + r(r-1) S + 2 k r X]/n^2, S' = (1-lambda)^2 F + (2 lambda - lambda^2)/K,
 * X' = (1-lambda)(k S* + r X)/n + lambda/K.
 */
export function categoricalReplaceStep(m: CategoricalMoments, step: CategoricalStep): CategoricalMoments {
  const { n, k, sStar, reservoir: lam, outcomes } = step;
  const r = n - k;
  const f = (n + k * (k - 1) * sStar + r * (r - 1) * m.s + 2 * k * r * m.x) / (n * n);
  const xFit = (k * sStar + r * m.x) / n;
  return {
    s: (1 - lam) ** 2 * f + (2 * lam - lam * lam) / outcomes,
    x: (1 - lam) * xFit + lam / outcomes,
  };
}

/** The pool's moments in the accumulate regime (no reservoir): the model is the pool's empirical distribution. */
export interface CategoricalPool extends CategoricalMoments {
  readonly size: number;
}

/**
 * One accumulate generation: n new samples (k fresh, r from the pool's distribution p) join the pool of N:
 * S' = [N^2 S + n + k(k-1) S* + r(r-1) S + 2 N k X + 2 N r S + 2 k r X]/(N + n)^2, X' = (N X + k S* + r X)/(N + n).
 */
export function categoricalAccumulateStep(
  m: CategoricalPool,
  step: Pick<CategoricalStep, "n" | "k" | "sStar">,
): CategoricalPool {
  const { n, k, sStar } = step;
  const r = n - k;
  const N = m.size;
  const total = N + n;
  const s =
    (N * N * m.s +
      n +
      k * (k - 1) * sStar +
      r * (r - 1) * m.s +
      2 * N * k * m.x +
      2 * N * r * m.s +
      2 * k * r * m.x) /
    (total * total);
  return { size: total, s, x: (N * m.x + k * sStar + r * m.x) / total };
}

/** Moments of the fixed-real regime: also Y = E sum d p_t, with d the empirical distribution of the fixed real data. */
export interface CategoricalFixedReal extends CategoricalMoments {
  readonly y: number;
}

/** E sum d^2 for d = Mult(n, p*)/n: (1 + (n - 1) S*)/n. */
export function empiricalSumSquares(n: number, sStar: number): number {
  return (1 + (n - 1) * sStar) / n;
}

/** The model at t = 1 (p = d, then the reservoir). */
export function categoricalFixedRealFirstFit(step: Omit<CategoricalStep, "k">): CategoricalFixedReal {
  const dd = empiricalSumSquares(step.n, step.sStar);
  return mixReservoir({ s: dd, x: step.sStar, y: dd }, step.reservoir, step.outcomes);
}

/**
 * One fixed-real fit, p' = (n d + Mult(L, p))/(n + L), then the reservoir, with D = E sum d^2:
 * S' = [n^2 D + 2 n L Y + L + L(L - 1) S]/(n + L)^2, X' = (n S* + L X)/(n + L), Y' = (n D + L Y)/(n + L).
 */
export function categoricalFixedRealStep(
  m: CategoricalFixedReal,
  step: Omit<CategoricalStep, "k"> & { readonly synthetic: number },
): CategoricalFixedReal {
  const { n, synthetic: l, sStar } = step;
  const dd = empiricalSumSquares(n, sStar);
  const total = n + l;
  const fit = {
    s: (n * n * dd + 2 * n * l * m.y + l + l * (l - 1) * m.s) / (total * total),
    x: (n * sStar + l * m.x) / total,
    y: (n * dd + l * m.y) / total,
  };
  return mixReservoir(fit, step.reservoir, step.outcomes);
}

function mixReservoir(m: CategoricalFixedReal, lam: number, outcomes: number): CategoricalFixedReal {
  if (lam === 0) return m;
  return {
    s: (1 - lam) ** 2 * m.s + (2 * lam - lam * lam) / outcomes,
    x: (1 - lam) * m.x + lam / outcomes,
    y: (1 - lam) * m.y + lam / outcomes,
  };
}
