// Sharding the partial-machine tree into subtrees by a prefix of choices (docs/ctm.md "Work units").
import type { TmSpace } from "./tmSpace.js";
import { emptyTreeCounts, runTree, type TreeCounts } from "./treeKernel.js";

/** The deterministic unit list of a space at a split depth, and the trunk's halting counts above it. */
export interface WorkUnits {
  readonly space: TmSpace;
  readonly depth: number;
  /** Choice prefixes in depth-first order; each names one subtree. */
  readonly units: readonly (readonly number[])[];
  /** Halting leaves at branch nodes shallower than the split depth. */
  readonly trunk: TreeCounts;
}

/** A split depth that gives a few hundred units for (5,2) and stays cheap for small spaces. */
export function defaultSplitDepth(space: TmSpace): number {
  return Math.min(space.states, 4);
}

/** Lists the work units: total = trunk + sum over units of runWorkUnit, exactly. */
export function listWorkUnits(space: TmSpace, depth = defaultSplitDepth(space)): WorkUnits {
  const units: (readonly number[])[] = [];
  const trunk = emptyTreeCounts();
  runTree(space, { splitDepth: depth, onUnit: (prefix) => units.push(prefix) }, trunk);
  return { space, depth, units, trunk };
}

/** Enumerates one unit's subtree (its own halting leaves included). */
export function runWorkUnit(space: TmSpace, prefix: readonly number[]): TreeCounts {
  const out = emptyTreeCounts();
  runTree(space, { prefix }, out);
  return out;
}
