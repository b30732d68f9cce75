// BDM of a 2-D array: square blocks, then the same count, lookup and aggregate stages (Zenil et al. 2018; pybdm).
import type { CtmTable } from "../ctm/ctmTable.js";
import { type BdmOptionsInput, resolveBdmOptions } from "./bdmOptions.js";
import { type BdmResult, bdmResult } from "./bdmResult.js";
import { checkTableFits } from "./checkTableFits.js";
import { decompose2d } from "./decompose2d.js";

export function bdm2d(
  input: string | readonly ArrayLike<number>[],
  table: CtmTable,
  options: BdmOptionsInput = {},
): BdmResult {
  const o = resolveBdmOptions({ ...options, ndim: 2 });
  checkTableFits(table, o);
  return bdmResult(decompose2d(input, o), table, o);
}
