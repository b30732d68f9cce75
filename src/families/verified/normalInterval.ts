// P(lo <= X <= hi) for X ~ N(m, s^2), via erfc (Numerical Recipes 3rd ed., sec. 6.2.2, erfccheb; |error| < 1.2e-7).

/** erfc(x) by the Chebyshev-fitted exponential of Numerical Recipes (fractional error below 1.2e-7 everywhere). */
export function erfcApprox(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfcApprox(-z / Math.SQRT2);
}

/** P(lo <= X <= hi) for X ~ N(mean, variance); a point mass when variance is 0; NaN for a NaN input. */
export function normalInterval(mean: number, variance: number, lo: number, hi: number): number {
  if (!(variance >= 0)) return Number.NaN;
  if (variance === 0) return mean >= lo && mean <= hi ? 1 : Number.isNaN(mean) ? Number.NaN : 0;
  const s = Math.sqrt(variance);
  return Math.max(0, normalCdf((hi - mean) / s) - normalCdf((lo - mean) / s));
}
