// A metric's per-generation rows for a figure: mean, the 95% band mean +- 1.96 SE, and the theory value.
import type { GenerationRecord } from "../loop/types.js";

/** One run's generations under its legend label. */
export interface MetricSeries {
  readonly label: string;
  readonly generations: readonly GenerationRecord[];
}

export type MetricRow = {
  readonly series: string;
  readonly metric: string;
  readonly t: number;
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly theory: number | null;
};

/** z of the two-sided 95% normal interval. */
export const Z95 = 1.959963984540054;

function finite(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

export function metricRows(series: readonly MetricSeries[], metric: string): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const s of series) {
    for (const g of s.generations) {
      const m = g.metrics[metric];
      if (m === undefined) continue;
      const mean = finite(m.mean);
      const se = finite(m.se);
      const band = mean !== null && se !== null;
      rows.push({
        series: s.label,
        metric,
        t: g.t,
        mean,
        lo: band ? mean - Z95 * se : null,
        hi: band ? mean + Z95 * se : null,
        theory: finite(m.theory),
      });
    }
  }
  return rows;
}

/** The metric names any of the series reports, in first-seen order. */
export function seriesMetrics(series: readonly MetricSeries[]): string[] {
  const names = new Set<string>();
  for (const s of series)
    for (const g of s.generations) for (const name of Object.keys(g.metrics)) names.add(name);
  return [...names];
}
