// D(s) and K(s) = -log2 D(s) from a table (ctm-formalism "The distribution and its symmetries").
import type { CtmTable } from "./ctmTable.js";
import { normalizeBlock } from "./normalizeBlock.js";
import { checkSymbols } from "./symbolCheck.js";

export interface CtmLookupResult {
  readonly string: string;
  /** Machines over all k blank symbols that produce the string (null for imported K-only tables). */
  readonly count: number | null;
  /** D = count / denominator; 0 when no machine produced the string. */
  readonly D: number;
  /** -log2 D, or null when not produced (never an invented value). */
  readonly K: number | null;
  readonly produced: boolean;
  /** k * H, so that D is the exact ratio count / denominator (null for imported tables). */
  readonly denominator: number | null;
}

/** Swaps symbol 0 and symbol b in a digit string. */
function swapWithZero(text: string, b: number): string {
  if (b === 0) return text;
  const zero = "0";
  const other = String(b);
  let out = "";
  for (const ch of text) out += ch === zero ? other : ch === other ? zero : ch;
  return out;
}

/**
 * The number of machines, over all k blank symbols, that output s: sum over b of c(s with 0 and b swapped)
 * (for k = 2: c(s) + c(~s)).
 */
export function ctmCount(table: CtmTable, text: string): number {
  let count = 0;
  for (let b = 0; b < table.header.symbols; b++) count += table.counts.get(swapWithZero(text, b)) ?? 0;
  return count;
}

/** Looks a string up; validates it against the table's alphabet. */
export function ctmLookup(table: CtmTable, text: string): CtmLookupResult {
  checkSymbols(text, table.header.symbols);
  if (table.header.kind === "bits") {
    const k = table.bits.get(String(text.length))?.get(normalizeBlock(text));
    return k === undefined
      ? { string: text, count: null, D: 0, K: null, produced: false, denominator: null }
      : { string: text, count: null, D: 2 ** -k, K: k, produced: true, denominator: null };
  }
  const count = ctmCount(table, text);
  const denominator = table.header.symbols * Number(table.header.halting ?? 0n);
  if (count === 0) return { string: text, count: 0, D: 0, K: null, produced: false, denominator };
  const D = count / denominator;
  return { string: text, count, D, K: -Math.log2(D), produced: true, denominator };
}
