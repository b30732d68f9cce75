// The synthesis view of the search: every candidate as complexity vs error, the Pareto front as a step line.
import type { Figure, Json } from "./figure.js";
import { type ParetoPoint, paretoFront } from "./paretoFront.js";
import { prefersLogScale } from "./prefersLogScale.js";

export function paretoFigure(points: readonly ParetoPoint[], name = "synthesis-pareto"): Figure {
  const front = new Set(paretoFront(points));
  const values: Json[] = points
    .filter((p) => Number.isFinite(p.error) && Number.isFinite(p.complexity))
    .map((p) => ({
      complexity: p.complexity,
      error: p.error,
      program: p.program ?? null,
      front: front.has(p),
    }));
  const log = prefersLogScale(values.map((v) => (v as { error: number }).error));
  const y = {
    field: "error",
    type: "quantitative",
    title: "error",
    scale: log ? { type: "log" } : { zero: true },
  };
  const x = { field: "complexity", type: "quantitative", title: "complexity (bits)" };
  return {
    name,
    title: "Pareto front: complexity vs error",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: `Pareto front of complexity vs error${log ? " (log error)" : ""}`,
        subtitle: `${front.size} of ${values.length} candidates on the front`,
      },
      width: 480,
      height: 300,
      data: { values },
      layer: [
        {
          mark: { type: "point", filled: true, size: 28, opacity: 0.5 },
          encoding: { x, y, color: { value: "#bab0ac" } },
        },
        {
          transform: [{ filter: "datum.front" }],
          mark: {
            type: "line",
            interpolate: "step-after",
            point: { filled: true, size: 60 },
            color: "#e15759",
          },
          encoding: { x, y, tooltip: [{ field: "program" }, { field: "complexity" }, { field: "error" }] },
        },
      ],
    },
  };
}
