// Plain-data form of tree counts, for worker messages and checkpoints (docs/ctm.md "Work units").
import type { TreeCounts } from "./treeKernel.js";

export interface TreeCountsData {
  readonly keys: number[];
  readonly values: number[];
  readonly wide: [string, number][];
  readonly nodes: number;
  readonly steps: number;
}

export function serializeTreeCounts(tree: TreeCounts): TreeCountsData {
  return {
    keys: [...tree.counts.keys()],
    values: [...tree.counts.values()],
    wide: [...tree.wide],
    nodes: tree.nodes,
    steps: tree.steps,
  };
}

export function deserializeTreeCounts(data: TreeCountsData): TreeCounts {
  const counts = new Map<number, number>();
  for (let i = 0; i < data.keys.length; i++) counts.set(data.keys[i]!, data.values[i]!);
  return { counts, wide: new Map(data.wide), nodes: data.nodes, steps: data.steps };
}
