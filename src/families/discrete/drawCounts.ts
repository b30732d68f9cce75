// n outcomes of a distribution over K outcomes, as counts: by alias table (Walker 1977, Vose 1991) when n is small against K, by conditional binomials (core/random/multinomial.ts) otherwise.
import { type AliasTable, buildAliasTable, sampleAlias } from "../../core/random/aliasTable.js";
import { sampleMultinomial } from "../../core/random/multinomial.js";
import type { Rng } from "../../core/rng.js";

/** Whether n draws over k outcomes go by alias table: one O(K) table and n lookups, against K binomials. */
export function drawsByAlias(n: number, k: number): boolean {
  return n * 8 < k;
}

/** n outcomes of p as counts into `out` (overwritten), returned; `table`, when given, is p's alias table. */
export function drawCountsInto(
  rng: Rng,
  p: Float64Array,
  n: number,
  out: Float64Array,
  table: AliasTable | null = null,
): Float64Array {
  if (!drawsByAlias(n, p.length)) {
    sampleMultinomial(rng, n, p, out);
    return out;
  }
  const alias = table ?? buildAliasTable(p);
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const j = sampleAlias(rng, alias);
    out[j] = out[j]! + 1;
  }
  return out;
}
