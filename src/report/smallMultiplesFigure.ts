// Small multiples: one panel per metric with its own y scale, the same band/mean/theory layers and colours.
import type { Figure } from "./figure.js";
import { METRIC_LEGEND } from "./metricFigure.js";
import { metricLayers } from "./metricLayers.js";
import { type MetricSeries, metricRows } from "./metricRows.js";

export function smallMultiplesFigure(
  series: readonly MetricSeries[],
  metrics: readonly string[],
  name = "overview",
): Figure {
  const rows = metrics.flatMap((metric) => metricRows(series, metric));
  return {
    name,
    title: "All metrics",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: { text: "All metrics by generation", subtitle: METRIC_LEGEND },
      data: { values: rows },
      facet: { field: "metric", type: "nominal", title: null, sort: [...metrics] },
      columns: Math.min(3, Math.max(1, metrics.length)),
      resolve: { scale: { y: "independent" } },
      spec: {
        width: 240,
        height: 150,
        layer: metricLayers({
          yTitle: "value",
          log: false,
          legend: series.length > 1,
          band: rows.some((r) => r.lo !== null),
          theory: rows.some((r) => r.theory !== null),
        }),
      },
    },
  };
}
