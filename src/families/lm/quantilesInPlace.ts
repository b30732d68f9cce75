// Empirical quantiles by sorting (type 7 of Hyndman & Fan 1996: linear interpolation between order statistics).

/** Quantiles of `values` at probabilities `ps` (values is sorted in place). */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  values.sort();
  const n = values.length;
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    return values[lo]! + (h - lo) * (values[hi]! - values[lo]!);
  });
}
