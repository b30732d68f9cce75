// n-gram probabilities: MLE (longest seen context), additive add-k (Chen & Goodman 1998, sec. 2.1) and interpolated
// Kneser-Ney (Kneser & Ney 1995; Chen & Goodman 1998, eq. 17), with exact ancestral sampling from each.
import type { Rng } from "../../../core/rng.js";
import type { Candidates } from "../decoding/shapeCandidates.js";
import { findEntry, type NgramCounts } from "./ngramCounts.js";

export type Smoothing = "mle" | "add-k" | "kneser-ney";

export interface NgramLm {
  readonly counts: NgramCounts;
  readonly smoothing: Smoothing;
  /** The additive constant of add-k. */
  readonly k: number;
}

/**
 * The context nodes of position `length` of `sequence` (root first) into `nodes`; returns how many there are.
 * Positions before the sequence are BOS. The chain stops at the longest context seen in training.
 */
export function contextNodes(lm: NgramLm, sequence: Uint32Array, length: number, nodes: Int32Array): number {
  const { counts } = lm;
  const base = counts.vocabulary + 1;
  nodes[0] = 0;
  let m = 1;
  let node = 0;
  for (let d = 1; d < counts.order; d++) {
    const c = length - d >= 0 ? sequence[length - d]! : counts.vocabulary;
    const child = counts.children.get(node * base + c);
    if (child === undefined) break;
    node = child;
    nodes[m++] = node;
  }
  return m;
}

/** p(w | context) for the context chain nodes[0..m). */
export function ngramProbability(lm: NgramLm, nodes: Int32Array, m: number, w: number): number {
  const { counts } = lm;
  const V = counts.vocabulary;
  const deepest = nodes[m - 1]!;
  if (lm.smoothing === "mle") {
    const j = findEntry(counts, deepest, w);
    return j < 0 ? 0 : counts.counts[j]! / counts.totals[deepest]!;
  }
  if (lm.smoothing === "add-k") {
    if (m < counts.order) return 1 / V;
    const j = findEntry(counts, deepest, w);
    return ((j < 0 ? 0 : counts.counts[j]!) + lm.k) / (counts.totals[deepest]! + lm.k * V);
  }
  let p = 1 / V;
  for (let d = 0; d < m; d++) {
    const node = nodes[d]!;
    const c = counts.knTotals[node]!;
    const D = counts.discounts[d]!;
    const types = counts.offsets[node + 1]! - counts.offsets[node]!;
    const j = findEntry(counts, node, w);
    p = ((j < 0 ? 0 : counts.knCounts[j]! - D) + D * types * p) / c;
  }
  return p;
}

/** The next-token distribution as candidates: the deepest context's continuations for MLE, all V tokens otherwise. */
export function ngramCandidates(lm: NgramLm, nodes: Int32Array, m: number, out: Candidates): void {
  const { counts } = lm;
  const V = counts.vocabulary;
  const deepest = nodes[m - 1]!;
  if (lm.smoothing === "mle") {
    const total = counts.totals[deepest]!;
    let s = 0;
    for (let i = counts.offsets[deepest]!; i < counts.offsets[deepest + 1]!; i++) {
      out.ids[s] = counts.tokens[i]!;
      out.probs[s++] = counts.counts[i]! / total;
    }
    out.size = s;
    return;
  }
  const { ids, probs } = out;
  out.size = V;
  for (let w = 0; w < V; w++) ids[w] = w;
  if (lm.smoothing === "add-k") {
    const full = m === counts.order;
    const denominator = full ? counts.totals[deepest]! + lm.k * V : V;
    probs.fill(full ? lm.k / denominator : 1 / V, 0, V);
    if (full) {
      for (let i = counts.offsets[deepest]!; i < counts.offsets[deepest + 1]!; i++) {
        probs[counts.tokens[i]!] = (counts.counts[i]! + lm.k) / denominator;
      }
    }
    return;
  }
  probs.fill(1 / V, 0, V);
  for (let d = 0; d < m; d++) {
    const node = nodes[d]!;
    const c = counts.knTotals[node]!;
    const D = counts.discounts[d]!;
    const lo = counts.offsets[node]!;
    const hi = counts.offsets[node + 1]!;
    const gamma = (D * (hi - lo)) / c;
    for (let w = 0; w < V; w++) probs[w] = probs[w]! * gamma;
    for (let i = lo; i < hi; i++)
      probs[counts.tokens[i]!] = probs[counts.tokens[i]!]! + (counts.knCounts[i]! - D) / c;
  }
}

/** First entry index in [lo, hi) whose running value cum[i] - shift * (i - lo + 1) exceeds u (binary search). */
function searchCumulative(cum: Float64Array, lo: number, hi: number, shift: number, u: number): number {
  let a = lo;
  let b = hi - 1;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (cum[mid]! - shift * (mid - lo + 1) > u) b = mid;
    else a = mid + 1;
  }
  return a;
}

/** One token drawn exactly from p(. | context) without building the distribution (temperature 1, no shaping). */
export function sampleNgramToken(lm: NgramLm, rng: Rng, nodes: Int32Array, m: number): number {
  const { counts } = lm;
  const V = counts.vocabulary;
  const deepest = nodes[m - 1]!;
  if (lm.smoothing === "mle") {
    const lo = counts.offsets[deepest]!;
    const u = rng.float() * counts.totals[deepest]!;
    return counts.tokens[searchCumulative(counts.cumCounts, lo, counts.offsets[deepest + 1]!, 0, u)]!;
  }
  if (lm.smoothing === "add-k") {
    if (m < counts.order) return rng.int(V);
    const total = counts.totals[deepest]!;
    const u = rng.float() * (total + lm.k * V);
    if (u >= total) return rng.int(V);
    const lo = counts.offsets[deepest]!;
    return counts.tokens[searchCumulative(counts.cumCounts, lo, counts.offsets[deepest + 1]!, 0, u)]!;
  }
  // Kneser-Ney is a mixture: the discounted counts of the deepest context, else (with its back-off weight) one order down.
  for (let d = m - 1; d >= 0; d--) {
    const node = nodes[d]!;
    const lo = counts.offsets[node]!;
    const hi = counts.offsets[node + 1]!;
    const D = counts.discounts[d]!;
    const kept = counts.knTotals[node]! - D * (hi - lo);
    const u = rng.float() * counts.knTotals[node]!;
    if (u < kept) return counts.tokens[searchCumulative(counts.knCum, lo, hi, D, u)]!;
  }
  return rng.int(V);
}
