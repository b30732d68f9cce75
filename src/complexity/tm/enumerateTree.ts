// In-thread tree enumeration of a whole space (docs/ctm.md "The tree enumeration").

import { completeCounts, mergeTreeCounts } from "./completeCounts.js";
import type { CtmCounts } from "./ctmCounts.js";
import { listWorkUnits, runWorkUnit } from "./listWorkUnits.js";
import { machineCount, type TmSpace } from "./tmSpace.js";
import type { TreeCounts } from "./treeKernel.js";

/** Builds CtmCounts from merged tree counts. */
export function finishCounts(space: TmSpace, tree: TreeCounts, seconds: number): CtmCounts {
  const counts = completeCounts(tree, space.symbols);
  let halting = 0n;
  for (const c of counts.values()) halting += BigInt(c);
  return {
    space,
    counts,
    machines: machineCount(space),
    halting,
    nodes: tree.nodes,
    steps: tree.steps,
    seconds,
  };
}

/** Enumerates every unit in this thread and merges them. */
export function enumerateTree(space: TmSpace, depth?: number): CtmCounts {
  const start = performance.now();
  const plan = listWorkUnits(space, depth);
  const total = plan.trunk;
  for (const prefix of plan.units) mergeTreeCounts(total, runWorkUnit(space, prefix));
  return finishCounts(space, total, (performance.now() - start) / 1000);
}
