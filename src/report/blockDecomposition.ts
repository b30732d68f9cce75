// The block decomposition of a 1-D or 2-D input with each block's CTM, as plain data for the BDM view (pybdm stages).
import { type BdmOptionsInput, resolveBdmOptions } from "../complexity/bdm/bdmOptions.js";
import { ctmView, requireShape } from "../complexity/bdm/shapeCtm.js";
import type { CtmTable } from "../complexity/ctm/ctmTable.js";
import { normalizeBlock } from "../complexity/ctm/normalizeBlock.js";
import { occurrences1d } from "../complexity/perturbation/perturbation1d.js";
import { occurrences2d } from "../complexity/perturbation/perturbation2d.js";
import { inputError } from "../core/errors.js";

export interface DecomposedBlock {
  /** Row-major indices into `symbols`. */
  readonly cells: readonly number[];
  /** The block as digits (row-major for 2-D). */
  readonly block: string;
  /** K of the block in bits; for a block the table lacks, the imputed max + 1. */
  readonly ctm: number;
  readonly missing: boolean;
}

/** An input laid out on a grid (1-D inputs wrap into rows) with its blocks. */
export interface BlockDecomposition {
  readonly rows: number;
  readonly cols: number;
  /** Row-major symbols; a 1-D input's last row may be short. */
  readonly symbols: readonly number[];
  readonly blocks: readonly DecomposedBlock[];
}

function lookup(
  table: CtmTable,
  symbols: Uint8Array,
  shape: string,
  cells: readonly number[],
): DecomposedBlock {
  const s = requireShape(ctmView(table), shape);
  const block = cells.map((c) => symbols[c]!).join("");
  const value = s.values.get(normalizeBlock(block));
  return { cells, block, ctm: value ?? s.missing, missing: value === undefined };
}

function digits(input: string | ArrayLike<number>, symbols: number): Uint8Array {
  const values =
    typeof input === "string"
      ? Array.from(input.replace(/\s/g, ""), (ch) => ch.charCodeAt(0) - 48)
      : Array.from(input);
  values.forEach((d, i) => {
    if (!(Number.isInteger(d) && d >= 0 && d < symbols))
      throw inputError(`input[${i}]`, d, `a symbol 0..${symbols - 1}`);
  });
  if (values.length === 0) throw inputError("input", "", "a non-empty sequence of symbols");
  return Uint8Array.from(values);
}

/** 1-D: blocks as BDM forms them; the input wraps into rows of `wrap` cells (default: a multiple of the block near 48). */
export function blockDecomposition1d(
  input: string | ArrayLike<number>,
  table: CtmTable,
  options: BdmOptionsInput = {},
  wrap?: number,
): BlockDecomposition {
  const o = resolveBdmOptions({ ...options, ndim: 1 });
  const x = digits(input, o.symbols);
  const cols = Math.min(x.length, wrap ?? o.block * Math.max(1, Math.floor(48 / o.block)));
  return {
    rows: Math.ceil(x.length / cols),
    cols,
    symbols: Array.from(x),
    blocks: occurrences1d(x.length, o).map((b) => lookup(table, x, b.shape, b.cells)),
  };
}

/** 2-D: rows of equal length; square blocks as BDM forms them. */
export function blockDecomposition2d(
  rows: readonly (readonly number[])[],
  table: CtmTable,
  options: BdmOptionsInput = {},
): BlockDecomposition {
  const o = resolveBdmOptions({ ...options, ndim: 2 });
  const w = rows[0]?.length ?? 0;
  if (w === 0 || rows.some((r) => r.length !== w))
    throw inputError("input", rows.length, "rows of one non-zero length");
  const x = digits(rows.flat(), o.symbols);
  return {
    rows: rows.length,
    cols: w,
    symbols: Array.from(x),
    blocks: occurrences2d(rows.length, w, o).map((b) => lookup(table, x, b.shape, b.cells)),
  };
}
