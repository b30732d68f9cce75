// When a log y axis helps: every value positive and spanning at least two decades (variance growth, extinction).

export function prefersLogScale(values: readonly (number | null)[], decades = 2): boolean {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let any = false;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v <= 0) return false;
    any = true;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return any && max / min >= 10 ** decades;
}
