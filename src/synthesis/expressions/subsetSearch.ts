// Levin-style exhaustive search over sums of the simplest terms, in order of size (Levin 1973; the linear-in-parameters case of Schmidt & Lipson 2009).
import type { Term } from "./enumerateTerms.js";

export interface SubsetHit {
  readonly set: readonly number[];
  /** Residual sum of squares of the least-squares fit with an intercept. */
  readonly sse: number;
}

/** Sum over k <= K of C(m, k). */
function subsetsUpTo(m: number, K: number): number {
  let total = 1;
  let c = 1;
  for (let k = 1; k <= K; k++) {
    c = (c * (m - k + 1)) / k;
    total += c;
  }
  return total;
}

/**
 * Every subset of at most maxTerms of the first m terms (m the largest with at most `budget` subsets), fitted by
 * least squares through an incremental QR; returns the `keep` best by `score(set size, sse, set)` (smaller better).
 */
export function subsetSearch(
  terms: readonly Term[],
  order: readonly number[],
  y: Float64Array,
  maxTerms: number,
  budget: number,
  keep: number,
  score: (set: readonly number[], sse: number) => number,
): { hits: SubsetHit[]; pool: number; visited: number } {
  const n = y.length;
  let m = Math.min(order.length, maxTerms);
  while (m < order.length && subsetsUpTo(m + 1, maxTerms) <= budget) m++;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t]!;
  mean /= n;
  const r0 = new Float64Array(n);
  let sse0 = 0;
  for (let t = 0; t < n; t++) {
    r0[t] = y[t]! - mean;
    sse0 += r0[t]! ** 2;
  }
  const best: { set: number[]; sse: number; s: number }[] = [];
  const offer = (set: number[], sse: number) => {
    const s = score(set, sse);
    if (best.length >= keep && s >= best[best.length - 1]!.s) return;
    best.push({ set: [...set], sse, s });
    best.sort((a, b) => a.s - b.s);
    if (best.length > keep) best.pop();
  };
  const basis: Float64Array[] = [];
  const set: number[] = [];
  let visited = 0;
  const dfs = (start: number, r: Float64Array, sse: number) => {
    offer(set, sse);
    visited++;
    if (set.length >= maxTerms) return;
    for (let j = start; j < m; j++) {
      const idx = order[j]!;
      const q = Float64Array.from(terms[idx]!.z);
      for (const b of basis) {
        let c = 0;
        for (let t = 0; t < n; t++) c += b[t]! * q[t]!;
        for (let t = 0; t < n; t++) q[t] = q[t]! - c * b[t]!;
      }
      let norm = 0;
      for (let t = 0; t < n; t++) norm += q[t]! * q[t]!;
      if (norm < 1e-10) continue;
      norm = Math.sqrt(norm);
      let dot = 0;
      for (let t = 0; t < n; t++) {
        q[t] = q[t]! / norm;
        dot += q[t]! * r[t]!;
      }
      const next = new Float64Array(n);
      for (let t = 0; t < n; t++) next[t] = r[t]! - dot * q[t]!;
      basis.push(q);
      set.push(idx);
      dfs(j + 1, next, Math.max(sse - dot * dot, 0));
      set.pop();
      basis.pop();
    }
  };
  dfs(0, r0, sse0);
  return { hits: best.map(({ set, sse }) => ({ set, sse })), pool: m, visited };
}
