// Normalised BDM as pybdm defines it: (BDM - BDM_min) / (BDM_max - BDM_min) (pybdm bdm.py _get_min_bdm/_get_max_bdm).
import type { BlockCounts } from "./blockCounts.js";
import { type CtmView, requireShape } from "./shapeCtm.js";

/** Smallest BDM for these block counts: per shape, its simplest block repeated n times. */
export function minBdm(counts: BlockCounts, view: CtmView, log: (n: number) => number): number {
  let total = 0;
  for (const [shape, blocks] of counts) {
    let n = 0;
    for (const c of blocks.values()) n += c;
    total += requireShape(view, shape).min + log(n);
  }
  return total;
}

/**
 * Largest BDM: per shape, as many distinct blocks as possible, missing ones first (at max + 1), then patterns in
 * descending CTM, each normalised pattern standing for k!/(k-m)! raw blocks; repeats spread evenly.
 */
export function maxBdm(counts: BlockCounts, view: CtmView, log: (n: number) => number): number {
  let total = 0;
  for (const [shape, blocks] of counts) {
    const s = requireShape(view, shape);
    let n = 0;
    for (const c of blocks.values()) n += c;
    const nMiss = Math.min(n, s.blocksTotal - s.blocksEnum);
    let left = Math.min(n - nMiss, s.blocksTotal);
    let cmx = nMiss * s.missing;
    for (let i = 0; i < s.descending.length && left > 0; i++) {
      const take = Math.min(left, s.cardinality[i]!);
      cmx += take * s.descending[i]!;
      left -= take;
    }
    const div = Math.min(n, s.blocksTotal);
    total += cmx + div * log(n / div);
  }
  return total;
}

/** Normalised BDM in [0, 1]; 0 when the range is empty (only one possible value). */
export function normalizedBdm(
  bdm: number,
  counts: BlockCounts,
  view: CtmView,
  log: (n: number) => number,
): number {
  const lo = minBdm(counts, view, log);
  const hi = maxBdm(counts, view, log);
  return hi > lo ? (bdm - lo) / (hi - lo) : 0;
}
