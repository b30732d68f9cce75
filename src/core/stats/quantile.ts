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
 * Selects order statistic k of a[lo..hi] in place and, for fraction > 0, interpolates towards statistic k + 1 (the
 * smallest value right of k; k + 1 <= hi): the type-7 step shared by every quantile here.
 */
export function interpolateOrderStatistics(
  a: Float64Array,
  k: number,
  lo: number,
  hi: number,
  fraction: number,
): number {
  const lower = selectInPlace(a, k, lo, hi);
  if (fraction === 0) return lower;
  let upper = a[k + 1]!;
  for (let i = k + 2; i <= hi; i++) if (a[i]! < upper) upper = a[i]!;
  return lower + fraction * (upper - lower);
}

/** The type-7 quantile at probability p of a[lo..hi] (which holds the order statistics lo..hi of the whole array). */
function quantileInRange(a: Float64Array, p: number, lo: number, hi: number): number {
  const h = (a.length - 1) * p;
  const k = Math.floor(h);
  return interpolateOrderStatistics(a, k, lo, hi, k + 1 >= a.length ? 0 : h - k);
}

/**
 * The type-7 quantiles (numpy's default) of `a` at three probabilities low <= middle <= high; `a` is reordered.
 * The middle one is selected first; the others then need only the part of the array on their side of it.
 */
export function quantiles3InPlace(
  a: Float64Array,
  low: number,
  middle: number,
  high: number,
): [number, number, number] {
  const n = a.length;
  if (n === 0) return [Number.NaN, Number.NaN, Number.NaN];
  const mid = Math.floor((n - 1) * middle);
  const q50 = quantileInRange(a, middle, 0, n - 1);
  const kHigh = Math.floor((n - 1) * high);
  const q95 = kHigh > mid ? quantileInRange(a, high, mid + 1, n - 1) : quantileInRange(a, high, mid, n - 1);
  const kLow = Math.floor((n - 1) * low);
  const q05 = kLow < mid ? quantileInRange(a, low, 0, mid) : quantileInRange(a, low, mid, n - 1);
  return [q05, q50, q95];
}

/** The type-7 quantiles of `a` at any probabilities (each by its own selection); `a` is reordered. */
export function quantilesInPlace(a: Float64Array, probs: readonly number[]): number[] {
  if (a.length === 0) return probs.map(() => Number.NaN);
  return probs.map((p) => quantileInRange(a, p, 0, a.length - 1));
}
