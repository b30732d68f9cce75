// Merges a CTM sweep's unit counts exactly (trunk + every unit, integer sums) into the table and its summary (docs/ctm.md).
import { createHash } from "node:crypto";
import { type CtmBuildSummary, ctmSummary } from "../complexity/ctm/ctmSummary.js";
import type { CtmTable } from "../complexity/ctm/ctmTable.js";
import { tableFromCounts } from "../complexity/ctm/tableFromCounts.js";
import { formatCtmTable } from "../complexity/ctm/writeCtmTable.js";
import { mergeTreeCounts } from "../complexity/tm/completeCounts.js";
import { finishCounts } from "../complexity/tm/enumerateTree.js";
import {
  deserializeTreeCounts,
  serializeTreeCounts,
  type TreeCountsData,
} from "../complexity/tm/serializeTreeCounts.js";
import type { SweepStore } from "../store/sweepStore.js";
import type { SweepPlan } from "./cellTypes.js";

export interface CtmSweepDocument extends CtmBuildSummary {
  readonly sweep: string;
  readonly name: string;
  readonly kind: "ctm";
  readonly units: number;
  readonly depth: number;
  /** sha256 of the table file's text: equal tables, equal hashes. */
  readonly table_sha256: string;
  readonly out: string | null;
}

/** The merged table and its summary; `seconds` is the caller's wall time. */
export function ctmSweepDocument(
  plan: SweepPlan,
  sweeps: SweepStore,
  seconds: number,
): { document: CtmSweepDocument; table: CtmTable } {
  const ctm = plan.ctm;
  if (ctm === undefined) throw new Error(`sweep ${plan.id} is not a CTM sweep`);
  const total = deserializeTreeCounts(serializeTreeCounts(ctm.trunk));
  for (const cell of sweeps.cells(plan.id)) {
    if (cell.result === null) throw new Error(`sweep ${plan.id}: unit ${cell.index} has no result`);
    mergeTreeCounts(total, deserializeTreeCounts(JSON.parse(cell.result) as TreeCountsData));
  }
  const counts = finishCounts(ctm.space, total, seconds);
  const table = tableFromCounts(counts);
  const text = formatCtmTable(table);
  return {
    table,
    document: {
      sweep: plan.id,
      name: plan.name,
      kind: "ctm",
      ...ctmSummary(counts),
      units: plan.cells.length,
      depth: ctm.depth,
      table_sha256: createHash("sha256").update(text).digest("hex"),
      out: ctm.out ?? null,
    },
  };
}
