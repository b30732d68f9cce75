// Perturbation analysis in 2-D (Zenil et al., Algorithmic Information Dynamics, iScience 2019; docs/ctm.md "BDM").
import { inputError } from "../../core/errors.js";
import { multiplicityLog } from "../bdm/aggregateBdm.js";
import { type BdmOptions, type BdmOptionsInput, resolveBdmOptions } from "../bdm/bdmOptions.js";
import { checkTableFits } from "../bdm/checkTableFits.js";
import { decompose2d } from "../bdm/decompose2d.js";
import { ctmView } from "../bdm/shapeCtm.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import { type Occurrence, type Perturbation, perturbOccurrences } from "./perturbOccurrences.js";

/** The square blocks the 2-D decompose stage produces (pybdm tiling, recursive partial tiles), as flat cell lists. */
export function occurrences2d(h: number, w: number, o: BdmOptions): Occurrence[] {
  const out: Occurrence[] = [];
  const square = (r0: number, c0: number, side: number): void => {
    const cells: number[] = [];
    for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) cells.push((r0 + r) * w + c0 + c);
    out.push({ shape: `${side}x${side}`, cells });
  };
  const tile = (r0: number, c0: number, th0: number, tw0: number, side: number, top: boolean): void => {
    for (let tr = 0; tr < th0; tr += side) {
      for (let tc = 0; tc < tw0; tc += side) {
        const th = Math.min(side, th0 - tr);
        const tw = Math.min(side, tw0 - tc);
        if (th === side && tw === side) square(r0 + tr, c0 + tc, side);
        else if (o.boundary === "recursive" || !top) {
          const m = Math.min(th, tw);
          if (m >= o.minLength) tile(r0 + tr, c0 + tc, th, tw, m, false);
        }
      }
    }
  };
  if (o.step === o.block) tile(0, 0, h, w, o.block, true);
  else {
    for (let r = 0; r + o.block <= h; r += o.step)
      for (let c = 0; c + o.block <= w; c += o.step) square(r, c, o.block);
  }
  return out;
}

/** delta per cell (row-major index) of a rectangular array. */
export function perturbation2d(
  rows: readonly ArrayLike<number>[],
  table: CtmTable,
  options: BdmOptionsInput = {},
): Perturbation {
  const o = resolveBdmOptions({ ...options, ndim: 2 });
  checkTableFits(table, o);
  const h = rows.length;
  const w = rows[0]?.length ?? 0;
  if (h === 0 || w === 0) throw inputError("input", [], "a non-empty rectangular array");
  const counts = decompose2d(rows, o);
  const x = new Uint8Array(h * w);
  rows.forEach((row, r) => {
    for (let c = 0; c < w; c++) x[r * w + c] = row[c]!;
  });
  return perturbOccurrences(
    x,
    occurrences2d(h, w, o),
    counts,
    ctmView(table),
    multiplicityLog(o.convention, o.symbols),
  );
}
