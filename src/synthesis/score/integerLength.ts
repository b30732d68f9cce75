// Elias gamma code length for positive integers (Elias 1975), the integer prior of the two-part code (Rissanen 1978).

/** Bits of the Elias gamma code of m >= 1: 2 floor(log2 m) + 1. */
export function integerLength(m: number): number {
  if (!Number.isFinite(m) || m < 1) return Number.POSITIVE_INFINITY;
  return 2 * Math.floor(Math.log2(m)) + 1;
}

/** Bits to name one of `count` equally likely choices: log2 count (0 for one choice). */
export function choiceLength(count: number): number {
  return count <= 1 ? 0 : Math.log2(count);
}

/** log2 of the binomial coefficient C(n, k) (the bits to say which k of n positions). */
export function log2Binomial(n: number, k: number): number {
  if (k < 0 || k > n) return Number.POSITIVE_INFINITY;
  let s = 0;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) s += Math.log2((n - m + i) / i);
  return s;
}
