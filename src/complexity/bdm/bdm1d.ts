// BDM of a 1-D sequence: decompose, count, lookup, aggregate (Zenil et al. 2018; pybdm BDM.bdm).
import type { CtmTable } from "../ctm/ctmTable.js";
import { type BdmOptionsInput, resolveBdmOptions } from "./bdmOptions.js";
import { type BdmResult, bdmResult } from "./bdmResult.js";
import { checkTableFits } from "./checkTableFits.js";
import { decompose1d } from "./decompose1d.js";

export function bdm1d(
  input: string | ArrayLike<number>,
  table: CtmTable,
  options: BdmOptionsInput = {},
): BdmResult {
  const o = resolveBdmOptions({ ...options, ndim: 1 });
  checkTableFits(table, o);
  return bdmResult(decompose1d(input, o), table, o);
}
