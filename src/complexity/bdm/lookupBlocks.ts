// The lookup stage: K of each unique raw block by its normalised form; a block the table lacks is imputed (pybdm).
import { normalizeBlock } from "../ctm/normalizeBlock.js";
import { type BlockCounts, blockDigits, blockText } from "./blockCounts.js";
import { type CtmView, requireShape } from "./shapeCtm.js";

export interface BlockEntry {
  readonly shape: string;
  readonly code: number;
  /** The raw block (digits; rows joined by "-" in 2-D). */
  readonly block: string;
  readonly count: number;
  readonly ctm: number;
  /** True when the table lacks the block and ctm is the shape's max + 1 bit. */
  readonly missing: boolean;
}

export function lookupBlocks(counts: BlockCounts, view: CtmView): BlockEntry[] {
  const out: BlockEntry[] = [];
  const k = view.symbols;
  for (const [shape, blocks] of counts) {
    const s = requireShape(view, shape);
    for (const [code, count] of blocks) {
      const k0 = s.values.get(normalizeBlock(blockDigits(code, s.cells, k)));
      out.push({
        shape,
        code,
        block: blockText(code, shape, k),
        count,
        ctm: k0 ?? s.missing,
        missing: k0 === undefined,
      });
    }
  }
  return out;
}
