// The layers of a metric-vs-generation chart: the 95% band, the mean (solid) and the theory (dashed), coloured by series.
import type { Json } from "./figure.js";
import { SERIES_SCHEME } from "./figureConfig.js";

export interface MetricLayerOptions {
  readonly yTitle: string;
  readonly log: boolean;
  /** Show the colour legend (off for a single series). */
  readonly legend: boolean;
  readonly band: boolean;
  readonly theory: boolean;
}

export function metricLayers(o: MetricLayerOptions): Json[] {
  const x = { field: "t", type: "quantitative", title: "generation t" };
  const scale = o.log ? { type: "log" } : { zero: false };
  const color = {
    field: "series",
    type: "nominal",
    title: "run",
    scale: { scheme: SERIES_SCHEME },
    legend: o.legend ? { orient: "bottom", columns: 2 } : null,
  };
  const layers: Json[] = [];
  if (o.band) {
    layers.push({
      mark: { type: "area", opacity: 0.18 },
      transform: [{ filter: "isValid(datum.lo) && isValid(datum.hi)" }],
      encoding: {
        x,
        y: { field: "lo", type: "quantitative", scale, title: o.yTitle },
        y2: { field: "hi" },
        color,
      },
    });
  }
  layers.push({
    mark: { type: "line", strokeWidth: 1.8 },
    transform: [{ filter: "isValid(datum.mean)" }],
    encoding: { x, y: { field: "mean", type: "quantitative", scale, title: o.yTitle }, color },
  });
  if (o.theory) {
    layers.push({
      mark: { type: "line", strokeDash: [6, 4], strokeWidth: 1.4 },
      transform: [{ filter: "isValid(datum.theory)" }],
      encoding: { x, y: { field: "theory", type: "quantitative", scale, title: o.yTitle }, color },
    });
  }
  return layers;
}
