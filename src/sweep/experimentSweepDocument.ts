// The JSON of `ouro sweep --json` for an experiment sweep (contract.md "Scale-out"): each cell's params, run and final metrics.
import type { RunStore } from "../store/runStore.js";
import type { SweepStore } from "../store/sweepStore.js";
import type { SweepPlan } from "./cellTypes.js";

export interface FinalMetric {
  readonly mean: number | null;
  readonly se: number | null;
  readonly nonfinite?: number;
}

export interface ExperimentSweepDocument {
  readonly sweep: string;
  readonly name: string;
  readonly kind: "experiment";
  readonly cells: readonly {
    readonly params: Readonly<Record<string, unknown>>;
    readonly run: string;
    readonly final: Readonly<Record<string, FinalMetric>>;
  }[];
}

/** Reads every cell's run from the store, in cell order. */
export function experimentSweepDocument(
  plan: SweepPlan,
  sweeps: SweepStore,
  runs: RunStore,
): ExperimentSweepDocument {
  const cells = sweeps.cells(plan.id).map((cell) => {
    if (cell.run === null) throw new Error(`sweep ${plan.id}: cell ${cell.index} has no run`);
    const last = runs.generations(cell.run).at(-1);
    const final: Record<string, FinalMetric> = {};
    for (const [name, m] of Object.entries(last?.metrics ?? {})) {
      final[name] = {
        mean: m.mean,
        se: m.se,
        ...(m.nonfinite === undefined ? {} : { nonfinite: m.nonfinite }),
      };
    }
    return { params: cell.params, run: cell.run, final };
  });
  return { sweep: plan.id, name: plan.name, kind: "experiment", cells };
}
