// Perturbation analysis in 1-D (Zenil et al., Algorithmic Information Dynamics, iScience 2019; docs/ctm.md "BDM").
import { inputError } from "../../core/errors.js";
import { multiplicityLog } from "../bdm/aggregateBdm.js";
import { type BdmOptions, type BdmOptionsInput, resolveBdmOptions } from "../bdm/bdmOptions.js";
import { checkTableFits } from "../bdm/checkTableFits.js";
import { decompose1d } from "../bdm/decompose1d.js";
import { ctmView } from "../bdm/shapeCtm.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import { type Occurrence, type Perturbation, perturbOccurrences } from "./perturbOccurrences.js";

export { informationSignature } from "./perturbOccurrences.js";
export type Perturbation1d = Perturbation;

/** The block occurrences the decompose stage produces, as cell lists (wrapping for cyclic). */
export function occurrences1d(n: number, o: BdmOptions): Occurrence[] {
  const out: Occurrence[] = [];
  const span = (start: number, len: number) => Array.from({ length: len }, (_, j) => (start + j) % n);
  const main = String(o.block);
  if (o.boundary === "cyclic") {
    for (let s = 0; s < n; s += o.step) out.push({ shape: main, cells: span(s, o.block) });
    return out;
  }
  for (let s = 0; s + o.block <= n; s += o.step) out.push({ shape: main, cells: span(s, o.block) });
  if ((o.boundary === "recursive" || o.convention === "acss") && o.step === o.block) {
    const r = n % o.block;
    if (r > 0 && r >= o.minLength) out.push({ shape: String(r), cells: span(n - r, r) });
  }
  return out;
}

export function perturbation1d(
  input: ArrayLike<number>,
  table: CtmTable,
  options: BdmOptionsInput = {},
): Perturbation {
  const o = resolveBdmOptions({ ...options, ndim: 1 });
  checkTableFits(table, o);
  if (input.length === 0) throw inputError("input", [], "a non-empty sequence of symbols");
  const x = Uint8Array.from(input as ArrayLike<number>);
  const counts = decompose1d(x, o);
  return perturbOccurrences(
    x,
    occurrences1d(x.length, o),
    counts,
    ctmView(table),
    multiplicityLog(o.convention, o.symbols),
  );
}
