// The readable summary of a run's last stored generation: one row per metric with mean, se and theory.
import type { GenerationRecord } from "../loop/types.js";
import { formatNumber, formatTable } from "./formatTable.js";

/** A table of the metrics of `record` (mean, se, theory, and how many replicates were non-finite). */
export function metricTable(record: GenerationRecord): string {
  const rows = Object.entries(record.metrics).map(([name, m]) => [
    name,
    formatNumber(m.mean),
    formatNumber(m.se),
    formatNumber(m.theory),
    m.nonfinite === undefined ? "" : String(m.nonfinite),
  ]);
  const withNonfinite = rows.some((row) => row[4] !== "");
  const header = ["metric", "mean", "se", "theory", ...(withNonfinite ? ["nonfinite"] : [])];
  return formatTable(
    header,
    rows.map((row) => (withNonfinite ? row : row.slice(0, 4))),
    [1, 2, 3, 4],
  );
}
