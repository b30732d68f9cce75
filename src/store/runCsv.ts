// A run's generations as CSV: one row per generation and metric (t, metric, mean, se, theory, q05, q50, q95, nonfinite).
import type { RunDocument } from "../loop/types.js";

export const RUN_CSV_COLUMNS = [
  "t",
  "metric",
  "mean",
  "se",
  "theory",
  "q05",
  "q50",
  "q95",
  "nonfinite",
] as const;

/** RFC 4180 quoting, only where needed. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Numbers in the shortest text that reads back to the same double; null as an empty field; nonfinite 0 if absent. */
export function runCsv(document: RunDocument): string {
  const lines = [RUN_CSV_COLUMNS.join(",")];
  const number = (value: number | null) => (value === null ? "" : String(value));
  for (const { t, metrics } of document.generations) {
    for (const [name, m] of Object.entries(metrics)) {
      const values = [m.mean, m.se, m.theory, m.q05, m.q50, m.q95].map(number);
      lines.push([String(t), cell(name), ...values, String(m.nonfinite ?? 0)].join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}
