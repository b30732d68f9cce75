// The BDM result users see, from counted blocks (contract "Algorithmic probability": bdm, blocks, missing).
import type { CtmTable } from "../ctm/ctmTable.js";
import { aggregateBdm, multiplicityLog } from "./aggregateBdm.js";
import type { BdmOptions } from "./bdmOptions.js";
import type { BlockCounts } from "./blockCounts.js";
import { blockEntropy, normalizedBlockEntropy } from "./blockEntropy.js";
import { lookupBlocks } from "./lookupBlocks.js";
import { normalizedBdm } from "./normalizedBdm.js";
import { ctmView } from "./shapeCtm.js";

export interface BdmResult {
  readonly bdm: number;
  /** pybdm's normalised BDM in [0, 1]. */
  readonly normalized: number;
  /** Shannon entropy (bits) of the block distribution, and its normalised form. */
  readonly entropy: number;
  readonly entropyNormalized: number;
  readonly nBlocks: number;
  readonly blocks: readonly { readonly block: string; readonly count: number; readonly ctm: number }[];
  /** Blocks the table lacks: imputed as the largest CTM of that shape + 1 bit (pybdm's rule). */
  readonly missing: readonly {
    readonly block: string;
    readonly shape: string;
    readonly count: number;
    readonly ctm: number;
    readonly rule: "max+1";
  }[];
  readonly table: string;
}

export function bdmResult(counts: BlockCounts, table: CtmTable, options: BdmOptions): BdmResult {
  const view = ctmView(table);
  const log = multiplicityLog(options.convention, options.symbols);
  const entries = lookupBlocks(counts, view).sort(
    (a, b) => b.count - a.count || (a.block < b.block ? -1 : 1),
  );
  const bdm = aggregateBdm(entries, log);
  let nBlocks = 0;
  for (const e of entries) nBlocks += e.count;
  return {
    bdm,
    normalized: normalizedBdm(bdm, counts, view, log),
    entropy: blockEntropy(counts),
    entropyNormalized: normalizedBlockEntropy(counts, options.symbols),
    nBlocks,
    blocks: entries.map((e) => ({ block: e.block, count: e.count, ctm: e.ctm })),
    missing: entries
      .filter((e) => e.missing)
      .map((e) => ({ block: e.block, shape: e.shape, count: e.count, ctm: e.ctm, rule: "max+1" as const })),
    table: table.header.source,
  };
}
