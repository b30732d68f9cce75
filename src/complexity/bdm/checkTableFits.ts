// The table must match the data's alphabet, dimension and block shape (house-style: bad input names what is allowed).
import { inputError } from "../../core/errors.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import type { BdmOptions } from "./bdmOptions.js";
import { shapeKey } from "./blockCounts.js";
import { ctmView, requireShape } from "./shapeCtm.js";

export function checkTableFits(table: CtmTable, options: BdmOptions): void {
  if (table.header.symbols !== options.symbols) {
    throw inputError(
      "symbols",
      options.symbols,
      `${table.header.symbols}, the alphabet of the table (${table.header.source})`,
    );
  }
  if (table.header.ndim !== options.ndim) {
    throw inputError(
      "ndim",
      options.ndim,
      `${table.header.ndim}, the dimension of the table (${table.header.source})`,
    );
  }
  requireShape(ctmView(table), shapeKey(options.block, options.block, options.ndim));
}
