// erfc and the standard normal CDF: Numerical Recipes 3rd ed., sec. 6.2.2 (erfccheb's Chebyshev-fitted exponential; |relative error| < 1.2e-7).

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
