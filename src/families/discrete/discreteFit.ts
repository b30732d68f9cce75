// The discrete learner: the MLE or the Dirichlet MAP of counts, then the uniform reservoir (docs/theory.md#categorical).

/**
 * (counts + pseudoCount) / (n + K pseudoCount) into `out` (0 for the MLE, prior - 1 for the MAP); returns false and
 * writes nothing when that total is not positive (nothing to fit). `out` may be `counts`.
 */
export function fitCountsInto(counts: Float64Array, pseudoCount: number, out: Float64Array): boolean {
  const k = counts.length;
  let n = 0;
  for (let i = 0; i < k; i++) n += counts[i]!;
  const total = n + k * pseudoCount;
  if (total <= 0) return false;
  for (let i = 0; i < k; i++) out[i] = (counts[i]! + pseudoCount) / total;
  return true;
}

/** (1 - reservoir) p + reservoir / K into `out` (which may be p). */
export function mixReservoirInto(p: Float64Array, reservoir: number, out: Float64Array): Float64Array {
  const k = p.length;
  for (let i = 0; i < k; i++) out[i] = (1 - reservoir) * p[i]! + reservoir / k;
  return out;
}
