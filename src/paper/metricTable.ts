// The paper's per-metric table: a row per run, a column per shown generation, each cell mean ± SE (theory x).
import { formatSummary } from "./formatCells.js";
import type { PaperRun, PaperTable } from "./paperSection.js";

/** One metric of several runs: each run's label under `labelHeader`, then its summary at each generation of `shown`. */
export function metricTable(
  title: string,
  labelHeader: string,
  metric: string,
  runs: readonly PaperRun[],
  shown: readonly number[],
): PaperTable {
  return {
    title,
    header: [labelHeader, ...shown.map((t) => `t = ${t}`)],
    rows: runs.map((r) => [
      r.experiment.label,
      ...shown.map((t) => {
        const summary = r.document.generations[t]?.metrics[metric];
        return summary ? formatSummary(summary) : "-";
      }),
    ]),
  };
}
