// The result of enumerating a space: exact blank-0 output counts c(s) (ctm-formalism "The distribution").
import type { TmSpace } from "./tmSpace.js";

/** Exact counts of one space: c(s) for blank-0 machines with mirror completion applied. */
export interface CtmCounts {
  readonly space: TmSpace;
  /** c(s) for every output s with c(s) > 0. */
  readonly counts: ReadonlyMap<string, number>;
  /** (k(2n+1))^(nk). */
  readonly machines: bigint;
  /** H = sum of c(s): machines that halt within the cut-off. */
  readonly halting: bigint;
  readonly nodes: number;
  readonly steps: number;
  readonly seconds: number;
}
