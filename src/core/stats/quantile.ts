// Order statistics by selection (Hoare's FIND / quickselect) and quantiles by linear interpolation (Hyndman & Fan 1996, type 7).

/** Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted (smaller before, larger after). */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot, deterministic.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const tmp = a[i]!;
  a[i] = a[j]!;
  a[j] = tmp;
}

/**
 * The type-7 quantiles (numpy's default) of `a` at ascending probabilities; `a` is reordered. Works from the
 * highest quantile down, so each selection runs only on the part of the array left of the previous one.
 */
export function quantilesInPlace(a: Float64Array, probs: readonly number[]): number[] {
  const n = a.length;
  const out = new Array<number>(probs.length).fill(Number.NaN);
  if (n === 0) return out;
  let hi = n - 1;
  for (let q = probs.length - 1; q >= 0; q--) {
    const h = (n - 1) * probs[q]!;
    const lo = Math.floor(h);
    if (lo + 1 <= hi && h > lo) {
      const upper = selectInPlace(a, lo + 1, 0, hi);
      const lower = selectInPlace(a, lo, 0, lo + 1);
      out[q] = lower + (h - lo) * (upper - lower);
    } else {
      // lo = hi here. When h is fractional, a higher probability with the same floor was interpolated just
      // before, so a[lo + 1] already holds its order statistic.
      const lower = selectInPlace(a, lo, 0, hi);
      out[q] = h > lo ? lower + (h - lo) * (a[lo + 1]! - lower) : lower;
    }
    hi = lo;
  }
  return out;
}
