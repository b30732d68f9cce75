// Metric vs generation: mean over replicates, a 95% band from the SE, the theory dashed; one colour per run.
import type { Figure } from "./figure.js";
import { figureName } from "./figureName.js";
import { metricLayers } from "./metricLayers.js";
import { type MetricSeries, metricRows } from "./metricRows.js";
import { prefersLogScale } from "./prefersLogScale.js";

export const METRIC_LEGEND = "solid: mean over replicates; band: 95% (mean ± 1.96 SE); dashed: theory";

export function metricFigure(series: readonly MetricSeries[], metric: string): Figure {
  const rows = metricRows(series, metric);
  const log = prefersLogScale(rows.flatMap((r) => [r.mean, r.lo, r.hi, r.theory]));
  return {
    name: figureName("metric", metric),
    title: `${metric} by generation`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: { text: `${metric} by generation${log ? " (log scale)" : ""}`, subtitle: METRIC_LEGEND },
      width: 560,
      height: 300,
      data: { values: rows },
      layer: metricLayers({
        yTitle: metric,
        log,
        legend: series.length > 1,
        band: rows.some((r) => r.lo !== null),
        theory: rows.some((r) => r.theory !== null),
      }),
    },
  };
}
