// Reads back every cell of a sweep from the store, as text to compare byte for byte across backends.
import { RunStore } from "../../src/store/runStore.js";
import { SweepStore } from "../../src/store/sweepStore.js";
import type { SweepPlan } from "../../src/sweep/cellTypes.js";

/** Every cell's stored run document (spec and generations t = 0..T) as text, run id aside, in cell order. */
export function storedCells(db: string, plan: SweepPlan): string[] {
  const sweeps = SweepStore.open(db);
  const runs = RunStore.open(db);
  try {
    return sweeps.cells(plan.id).map((cell) => {
      if (cell.run === null) throw new Error(`cell ${cell.index} not stored`);
      const { run: _run, ...document } = runs.document(cell.run);
      return JSON.stringify({ hash: cell.hash, params: cell.params, document });
    });
  } finally {
    sweeps.close();
    runs.close();
  }
}
