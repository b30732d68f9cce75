// Runs one cell's task: an experiment through the loop (src/loop/run.ts), or one CTM work unit (docs/ctm.md).
import { runWorkUnit } from "../complexity/tm/listWorkUnits.js";
import { serializeTreeCounts } from "../complexity/tm/serializeTreeCounts.js";
import { runGenerations } from "../loop/run.js";
import type { GenerationRecord } from "../loop/types.js";
import type { CellResult, CellTask } from "./cellTypes.js";

/** A pure function of the task (the loop draws from per-replicate streams of the spec's seed). */
export function runCell(task: CellTask): CellResult {
  if (task.kind === "ctm-unit") {
    const start = performance.now();
    const counts = serializeTreeCounts(runWorkUnit(task.space, task.prefix));
    return { kind: "ctm-unit", counts, seconds: (performance.now() - start) / 1000 };
  }
  const records: GenerationRecord[] = [];
  const seconds: number[] = [];
  let start = performance.now();
  for (const step of runGenerations(task.spec)) {
    records.push(step.record);
    const end = performance.now();
    seconds.push((end - start) / 1000);
    start = end;
  }
  return { kind: "experiment", records, seconds };
}
