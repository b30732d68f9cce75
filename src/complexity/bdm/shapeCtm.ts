// The lookup stage's view of a table: K per normalised block of each shape, with the extremes BDM needs (pybdm CTMStore).
import { inputError } from "../../core/errors.js";
import { ctmLookup } from "../ctm/ctmLookup.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import { distinctSymbols, normalizeBlock } from "../ctm/normalizeBlock.js";
import { shapeCells } from "./blockCounts.js";

export interface ShapeCtm {
  readonly shape: string;
  readonly cells: number;
  /** Normalised block to K in bits. */
  readonly values: ReadonlyMap<string, number>;
  readonly min: number;
  readonly max: number;
  /** Imputed K of a block the table lacks: max + 1 bit (pybdm). */
  readonly missing: number;
  /** K of every normalised pattern in descending order, and the raw blocks each stands for (k!/(k-m)!). */
  readonly descending: Float64Array;
  readonly cardinality: Float64Array;
  /** Raw blocks the table covers, and k^cells. */
  readonly blocksEnum: number;
  readonly blocksTotal: number;
}

export interface CtmView {
  readonly table: CtmTable;
  readonly symbols: number;
  readonly shapes: ReadonlyMap<string, ShapeCtm>;
}

function fallingFactorial(k: number, m: number): number {
  let r = 1;
  for (let i = 0; i < m; i++) r *= k - i;
  return r;
}

function shapeOf(values: Map<string, number>, shape: string, symbols: number): ShapeCtm {
  const entries = [...values.entries()].sort((a, b) => b[1] - a[1]);
  const descending = new Float64Array(entries.length);
  const cardinality = new Float64Array(entries.length);
  let blocksEnum = 0;
  entries.forEach(([block, k], i) => {
    descending[i] = k;
    cardinality[i] = fallingFactorial(symbols, distinctSymbols(block));
    blocksEnum += cardinality[i]!;
  });
  const max = descending[0]!;
  const cells = shapeCells(shape);
  return {
    shape,
    cells,
    values,
    min: descending[descending.length - 1]!,
    max,
    missing: max + 1,
    descending,
    cardinality,
    blocksEnum,
    blocksTotal: symbols ** cells,
  };
}

const views = new WeakMap<CtmTable, CtmView>();

/** Builds (once per table) the per-shape K view; counts tables give K = -log2 D of each normalised string. */
export function ctmView(table: CtmTable): CtmView {
  const cached = views.get(table);
  if (cached !== undefined) return cached;
  const symbols = table.header.symbols;
  const byShape = new Map<string, Map<string, number>>();
  if (table.header.kind === "bits") {
    for (const [shape, blocks] of table.bits) byShape.set(shape, new Map(blocks));
  } else {
    for (const text of table.counts.keys()) {
      const norm = normalizeBlock(text);
      const shape = String(text.length);
      let m = byShape.get(shape);
      if (m === undefined) {
        m = new Map();
        byShape.set(shape, m);
      }
      if (!m.has(norm)) m.set(norm, ctmLookup(table, norm).K!);
    }
  }
  const shapes = new Map<string, ShapeCtm>();
  for (const [shape, values] of byShape) shapes.set(shape, shapeOf(values, shape, symbols));
  const view = { table, symbols, shapes };
  views.set(table, view);
  return view;
}

/** The shape's view, or an error naming the shapes the table has. */
export function requireShape(view: CtmView, shape: string): ShapeCtm {
  const s = view.shapes.get(shape);
  if (s === undefined) {
    throw inputError("block", shape, `a block shape the table has: ${[...view.shapes.keys()].join(", ")}`);
  }
  return s;
}
