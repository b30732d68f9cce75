// Mirror completion of first-move-right counts (ctm-formalism "Reductions that keep the counts exact"; docs/ctm.md).
import { decodeOutputKey } from "./outputKey.js";
import type { TreeCounts } from "./treeKernel.js";

/**
 * Blank-0 counts c(s) over the whole space from the tree's first-move-right counts: a first move to the left is the
 * mirror image of a first move to the right (reversed output), a first move to state 0 never halts, and a first-step
 * halt (output of length 1) is counted once, at the root.
 */
export function completeCounts(tree: TreeCounts, symbols: number): Map<string, number> {
  const raw = new Map<string, number>();
  for (const [key, count] of tree.counts) raw.set(decodeOutputKey(key, symbols), count);
  for (const [text, count] of tree.wide) raw.set(text, (raw.get(text) ?? 0) + count);
  const full = new Map<string, number>();
  for (const [text, count] of raw) {
    if (text.length === 1) {
      full.set(text, (full.get(text) ?? 0) + count);
      continue;
    }
    full.set(text, (full.get(text) ?? 0) + count);
    const mirror = [...text].reverse().join("");
    full.set(mirror, (full.get(mirror) ?? 0) + count);
  }
  return full;
}

/** Adds b into a (exact while every sum stays below 2^53). */
export function mergeTreeCounts(a: TreeCounts, b: TreeCounts): void {
  for (const [key, count] of b.counts) a.counts.set(key, (a.counts.get(key) ?? 0) + count);
  for (const [text, count] of b.wide) a.wide.set(text, (a.wide.get(text) ?? 0) + count);
  a.nodes += b.nodes;
  a.steps += b.steps;
}
