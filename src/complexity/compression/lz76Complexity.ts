// Lempel-Ziv (1976) complexity: the number of phrases of the exhaustive history (Kaspar & Schuster 1987 algorithm).

/** Number of LZ76 phrases of a digit string or symbol array. */
export function lz76Complexity(input: string | ArrayLike<number>): number {
  const s = typeof input === "string" ? Array.from(input, (c) => c.charCodeAt(0)) : Array.from(input);
  const n = s.length;
  if (n <= 1) return n;
  let c = 1;
  let l = 1;
  let i = 0;
  let k = 1;
  let kMax = 1;
  for (;;) {
    if (s[i + k - 1] === s[l + k - 1]) {
      k++;
      if (l + k > n) {
        c++;
        break;
      }
    } else {
      if (k > kMax) kMax = k;
      i++;
      if (i === l) {
        c++;
        l += kMax;
        if (l + 1 > n) break;
        i = 0;
        k = 1;
        kMax = 1;
      } else {
        k = 1;
      }
    }
  }
  return c;
}
