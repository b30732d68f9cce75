// Special functions: log-gamma (Lanczos, g = 7, n = 9), digamma and trigamma (recurrence plus asymptotic series).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046727;

/** ln Gamma(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = LANCZOS[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (x + i);
  return HALF_LOG_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln k! for integer k >= 0 (exact table below 256). */
const LOG_FACTORIAL = (() => {
  const table = new Float64Array(256);
  for (let k = 2; k < 256; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();
export function logFactorial(k: number): number {
  return k < 256 ? LOG_FACTORIAL[k]! : logGamma(k + 1);
}

/** The digamma function psi(x) = d/dx ln Gamma(x), x > 0. */
export function digamma(x: number): number {
  let result = 0;
  // From x >= 10 the first omitted term, 691 / (32760 x^12), is below 2.2e-14.
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return (
    result +
    Math.log(x) -
    0.5 / x -
    f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132)))))
  );
}

/** The trigamma function psi_1(x) = d^2/dx^2 ln Gamma(x), x > 0. */
export function trigamma(x: number): number {
  let result = 0;
  // From x >= 10, with the series to 5 / (66 x^11), the first omitted term 691 / (2730 x^13) is below 2.6e-14.
  while (x < 10) {
    result += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return (
    result + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f * (1 / 30 - f * (5 / 66)))))
  );
}
