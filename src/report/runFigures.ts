// The figures of a report over runs: one chart per metric (runs that report it overlaid) and small multiples of all.
import type { Figure } from "./figure.js";
import { metricFigure } from "./metricFigure.js";
import { type MetricSeries, seriesMetrics } from "./metricRows.js";
import type { ReportRun } from "./reportRun.js";
import { seriesLabels } from "./seriesLabels.js";
import { smallMultiplesFigure } from "./smallMultiplesFigure.js";
import { thinGenerations } from "./thinGenerations.js";

/** Metrics drawn only inside the small multiples: the schedule itself, not an outcome. */
const SCHEDULE_METRICS = new Set(["alpha", "alpha_sum"]);

/** Legend labels are computed among the runs that share a metric, so the swept value names each line. */
function seriesFor(runs: readonly ReportRun[]): MetricSeries[] {
  const labels = seriesLabels(
    runs.map((r) => ({ run: r.summary.run, name: r.summary.name, spec: r.document.spec })),
  );
  return runs.map((r, i) => ({ label: labels[i]!, generations: thinGenerations(r.document.generations) }));
}

export function runFigures(runs: readonly ReportRun[]): Figure[] {
  const all = seriesFor(runs);
  const metrics = seriesMetrics(all);
  const figures: Figure[] = [];
  for (const metric of metrics) {
    if (SCHEDULE_METRICS.has(metric)) continue;
    const sharing = runs.filter((r) => r.document.generations.some((g) => g.metrics[metric] !== undefined));
    figures.push(metricFigure(seriesFor(sharing), metric));
  }
  // Small multiples per group of runs with the same metrics (a categorical and a Gaussian run do not share panels).
  const groups = new Map<string, ReportRun[]>();
  for (const r of runs) {
    const key = Object.keys(r.document.generations[0]?.metrics ?? {}).join(",");
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  [...groups.values()].forEach((group, i) => {
    const series = seriesFor(group);
    const names = seriesMetrics(series);
    if (names.length > 1)
      figures.push(smallMultiplesFigure(series, names, groups.size === 1 ? "overview" : `overview-${i + 1}`));
  });
  return figures;
}
