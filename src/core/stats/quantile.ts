// Order statistics by Floyd & Rivest's SELECT (CACM 18(3), 1975) and quantiles by interpolation (Hyndman & Fan 1996, type 7).

function swap(a: Float64Array, i: number, j: number): void {
  const tmp = a[i]!;
  a[i] = a[j]!;
  a[j] = tmp;
}

/**
 * Rearranges a[lo..hi] so that a[k] holds the value it would have if that range were sorted, with no larger
 * value before it and no smaller one after it. Expected n + min(k, n - k) + o(n) comparisons.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  let left = lo;
  let right = hi;
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample-sized window expected to hold the k-th value, which makes a tight pivot.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const windowLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const windowRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      selectInPlace(a, k, windowLeft, windowRight);
    }
    const pivot = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > pivot) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
    }
    if (a[left] === pivot) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
  return a[k]!;
}

/**
 * The type-7 quantiles (numpy's default) of `a` at ascending probabilities; `a` is reordered. Works from the
 * highest quantile down: one selection of the upper order statistic, the lower one is then the largest value
 * left of it, and the next selection runs only on that left part.
 */
export function quantilesInPlace(a: Float64Array, probs: readonly number[]): number[] {
  const n = a.length;
  const out = new Array<number>(probs.length).fill(Number.NaN);
  if (n === 0) return out;
  let hi = n - 1;
  for (let q = probs.length - 1; q >= 0; q--) {
    const h = (n - 1) * probs[q]!;
    const lo = Math.floor(h);
    if (h > lo) {
      // a[lo + 1] is already in place when the previous (higher) quantile selected that very position.
      const upper = lo + 1 <= hi ? selectInPlace(a, lo + 1, 0, hi) : a[lo + 1]!;
      let lower = a[0]!;
      for (let i = 1; i <= lo; i++) if (a[i]! > lower) lower = a[i]!;
      out[q] = lower + (h - lo) * (upper - lower);
    } else {
      out[q] = selectInPlace(a, lo, 0, hi);
    }
    hi = lo;
  }
  return out;
}
