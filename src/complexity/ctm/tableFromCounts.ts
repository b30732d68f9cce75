// A counts table from an enumeration result (docs/ctm.md "Table file").
import type { CtmCounts } from "../tm/ctmCounts.js";
import type { CtmTable } from "./ctmTable.js";

export function tableFromCounts(result: CtmCounts): CtmTable {
  const sorted = [...result.counts.entries()].sort(([a], [b]) =>
    a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    header: {
      version: 1,
      kind: "counts",
      symbols: result.space.symbols,
      ndim: 1,
      states: result.space.states,
      maxSteps: result.space.maxSteps,
      machines: result.machines,
      halting: result.halting,
      source: "enumeration",
    },
    counts: new Map(sorted),
    bits: new Map(),
  };
}
