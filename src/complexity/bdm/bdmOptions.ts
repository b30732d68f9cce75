// BDM configuration as plain data, pybdm's conventions by default (Zenil et al. 2018, Entropy 20(8) 605; docs/ctm.md "BDM").
import { inputError } from "../../core/errors.js";

export type Boundary = "ignore" | "recursive" | "correlated" | "cyclic";
export type BdmConvention = "pybdm" | "acss";

export interface BdmOptions {
  readonly ndim: 1 | 2;
  readonly symbols: number;
  /** Block side: length in 1-D, square side in 2-D. */
  readonly block: number;
  /** Offset between block starts; = block for non-overlapping decompositions. */
  readonly step: number;
  readonly boundary: Boundary;
  /** pybdm: log2 multiplicity; acss: log base k multiplicity and the shorter final block kept. */
  readonly convention: BdmConvention;
  /** Smallest side the recursive boundary still decomposes (pybdm's min_length). */
  readonly minLength: number;
}

export type BdmOptionsInput = Partial<BdmOptions>;

const boundaries: readonly Boundary[] = ["ignore", "recursive", "correlated", "cyclic"];

/** Fills pybdm's defaults (block 12 in 1-D, 4 in 2-D, step = block, boundary ignore) and validates. */
export function resolveBdmOptions(input: BdmOptionsInput = {}): BdmOptions {
  const ndim = input.ndim ?? 1;
  if (ndim !== 1 && ndim !== 2) throw inputError("ndim", ndim, "1 or 2");
  const symbols = input.symbols ?? 2;
  if (![2, 3, 4, 5, 6, 9].includes(symbols)) throw inputError("symbols", symbols, "2, 3, 4, 5, 6 or 9");
  const convention = input.convention ?? "pybdm";
  if (convention !== "pybdm" && convention !== "acss")
    throw inputError("convention", convention, "pybdm or acss");
  const block = input.block ?? (ndim === 1 ? 12 : 4);
  if (!Number.isInteger(block) || block < 1 || block > (ndim === 1 ? 64 : 8)) {
    throw inputError("block", block, ndim === 1 ? "an integer from 1 to 64" : "an integer from 1 to 8");
  }
  const boundary = input.boundary ?? (convention === "acss" && ndim === 1 ? "recursive" : "ignore");
  if (!boundaries.includes(boundary)) throw inputError("boundary", boundary, boundaries.join(", "));
  if (boundary === "cyclic" && ndim === 2)
    throw inputError("boundary", boundary, "ignore, recursive or correlated in 2-D");
  const step = input.step ?? (boundary === "correlated" ? 1 : block);
  if (!Number.isInteger(step) || step < 1 || step > block) {
    throw inputError("step", step, `an integer from 1 to the block size ${block}`);
  }
  if (boundary === "recursive" && step !== block) {
    throw inputError("step", step, `the block size ${block} with the recursive boundary`);
  }
  const minLength = input.minLength ?? (convention === "acss" ? 1 : 2);
  if (!Number.isInteger(minLength) || minLength < 1)
    throw inputError("minLength", minLength, "a positive integer");
  return { ndim, symbols, block, step, boundary, convention, minLength };
}
