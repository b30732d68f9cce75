// Posterior over candidate programs from their total description lengths: P(p | D) proportional to 2^-L(p, D) (Solomonoff 1964; Rissanen 1978).

export interface Weighted<T> {
  readonly item: T;
  readonly length: number;
  readonly posterior: number;
}

/** Normalises 2^-length over the candidates (Infinity gets 0); sorted by length, shortest first. */
export function posterior<T>(items: readonly { item: T; length: number }[]): Weighted<T>[] {
  const sorted = [...items].sort((a, b) => a.length - b.length);
  const best = sorted.find((s) => Number.isFinite(s.length))?.length ?? 0;
  let z = 0;
  for (const s of sorted) if (Number.isFinite(s.length)) z += 2 ** -(s.length - best);
  return sorted.map((s) => ({
    item: s.item,
    length: s.length,
    posterior: Number.isFinite(s.length) && z > 0 ? 2 ** -(s.length - best) / z : 0,
  }));
}
