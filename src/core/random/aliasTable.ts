// Categorical sampling by alias table: Walker (1977) with Vose's stable construction (IEEE TSE 17(9), 1991).
import type { Rng } from "../rng.js";

export interface AliasTable {
  readonly size: number;
  readonly threshold: Float64Array;
  readonly alias: Uint32Array;
}

/** Builds an alias table from non-negative weights (need not be normalised). O(K). */
export function buildAliasTable(weights: ArrayLike<number>): AliasTable {
  const k = weights.length;
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i]!;
  const threshold = new Float64Array(k);
  const alias = new Uint32Array(k);
  const small = new Uint32Array(k);
  const large = new Uint32Array(k);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < k; i++) {
    threshold[i] = (weights[i]! * k) / total;
    if (threshold[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[--nl]!;
    alias[s] = l;
    threshold[l] = threshold[l]! + threshold[s]! - 1;
    if (threshold[l]! < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  while (nl > 0) threshold[large[--nl]!] = 1;
  while (ns > 0) threshold[small[--ns]!] = 1;
  for (let i = 0; i < k; i++) if (threshold[i] === 1) alias[i] = i;
  return { size: k, threshold, alias };
}

/** One categorical draw from an alias table: an index in [0, K). */
export function sampleAlias(rng: Rng, table: AliasTable): number {
  const u = rng.float() * table.size;
  const i = Math.floor(u);
  return u - i < table.threshold[i]! ? i : table.alias[i]!;
}
