// The metrics table of a report: per run and metric, mean ± SE (and theory) at t = 0, the middle and the last generation.
import type { GenerationRecord, MetricSummary } from "../loop/types.js";
import { formatNumber } from "./formatNumber.js";
import type { ReportRun } from "./reportRun.js";
import type { ReportTable } from "./reportTable.js";

function cell(m: MetricSummary | undefined): string {
  if (m === undefined) return "-";
  const core = m.se === null ? formatNumber(m.mean) : `${formatNumber(m.mean)} ± ${formatNumber(m.se, 2)}`;
  const theory = m.theory === null ? "" : ` (theory ${formatNumber(m.theory)})`;
  const nonfinite = m.nonfinite === undefined ? "" : ` [${m.nonfinite} non-finite]`;
  return `${core}${theory}${nonfinite}`;
}

function shown(generations: readonly GenerationRecord[]): GenerationRecord[] {
  if (generations.length === 0) return [];
  const picks = [0, Math.floor((generations.length - 1) / 2), generations.length - 1];
  return [...new Set(picks)].map((i) => generations[i]!);
}

export function metricsTable(runs: readonly ReportRun[]): ReportTable {
  const rows: string[][] = [];
  let columns = 0;
  for (const r of runs) {
    const at = shown(r.document.generations);
    columns = Math.max(columns, at.length);
    for (const metric of Object.keys(at[0]?.metrics ?? {})) {
      rows.push([r.summary.name, metric, ...at.map((g) => `t = ${g.t}: ${cell(g.metrics[metric])}`)]);
    }
  }
  const header = ["run", "metric", ...["first", "middle", "last"].slice(0, columns)];
  return {
    title: "Metrics (mean ± SE over replicates)",
    header,
    rows: rows.map((row) => [...row, ...Array(header.length - row.length).fill("")]),
  };
}
