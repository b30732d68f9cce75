// Number formatting shared by the paper's tables: mean ± SE, with the theory value where there is one.
import type { MetricSummary } from "../loop/types.js";

export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return "-";
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5))
    return value.toExponential(digits - 1);
  return value.toFixed(digits);
}

export function formatUncertainty(se: number | null | undefined): string {
  if (se === null || se === undefined) return "-";
  return se === 0 ? "0" : se.toPrecision(2);
}

/** "mean ± se (theory x)" for a table cell. */
export function formatSummary(summary: MetricSummary): string {
  const core = `${formatNumber(summary.mean)} ± ${formatUncertainty(summary.se)}`;
  return summary.theory === null ? core : `${core} (theory ${formatNumber(summary.theory)})`;
}
