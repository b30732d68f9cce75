// Block Shannon entropy beside BDM, and its normalised form (pybdm bdm.py ent/nent with rv = True).
import type { BlockCounts } from "./blockCounts.js";
import { shapeCells } from "./blockCounts.js";

function entropy(freq: readonly number[]): number {
  let n = 0;
  for (const f of freq) n += f;
  let h = 0;
  for (const f of freq) if (f > 0) h -= (f / n) * Math.log2(f / n);
  return h === 0 ? 0 : h;
}

/** Entropy in bits of the distribution of unique raw blocks (all shapes together). */
export function blockEntropy(counts: BlockCounts): number {
  const freq: number[] = [];
  for (const blocks of counts.values()) for (const c of blocks.values()) freq.push(c);
  return entropy(freq);
}

/** (H - H_min) / (H_max - H_min) with pybdm's extremes; 0 when the range is empty. */
export function normalizedBlockEntropy(counts: BlockCounts, symbols: number): number {
  const h = blockEntropy(counts);
  const perShape = [...counts.values()].map((m) => m.size);
  const lo = entropy(perShape);
  let n = 0;
  let uniq = 0;
  for (const [shape, blocks] of counts) {
    for (const c of blocks.values()) n += c;
    uniq += symbols ** shapeCells(shape);
  }
  const hi = Math.log2(Math.min(n, uniq));
  return hi > lo ? (h - lo) / (hi - lo) : 0;
}
