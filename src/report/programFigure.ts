// The synthesis view of a result: the found program's text beside the data and the sequence it regenerates.
import type { Figure, Json } from "./figure.js";
import { REPORT_MONO_FAMILY } from "./reportFont.js";

export interface ProgramData {
  readonly program: string;
  readonly data: readonly number[];
  /** The program's output at the same positions. */
  readonly regenerated: readonly number[];
}

export function programFigure(d: ProgramData, name = "synthesis-program"): Figure {
  const lines: Json[] = d.program.split("\n").map((line, i) => ({ i, line }));
  const points: Json[] = [
    ...d.data.map((value, i) => ({ i, value, source: "data" })),
    ...d.regenerated.map((value, i) => ({ i, value, source: "program output" })),
  ];
  const matches = d.data.filter((v, i) => d.regenerated[i] === v).length;
  return {
    name,
    title: "Found program and the data it regenerates",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: "Found program and the data it regenerates",
        subtitle: `${matches} of ${d.data.length} values reproduced exactly`,
      },
      hconcat: [
        {
          width: 220,
          height: Math.max(60, 16 * lines.length),
          data: { values: lines },
          mark: { type: "text", align: "left", font: REPORT_MONO_FAMILY, fontSize: 12, baseline: "top" },
          encoding: {
            y: { field: "i", type: "ordinal", axis: null },
            text: { field: "line" },
            x: { value: 0 },
          },
          view: { stroke: null },
        },
        {
          width: 420,
          height: 240,
          data: { values: points },
          layer: [
            {
              transform: [{ filter: "datum.source === 'program output'" }],
              mark: { type: "line", strokeWidth: 1.5 },
              encoding: {
                x: { field: "i", type: "quantitative", title: "position" },
                y: { field: "value", type: "quantitative", title: "value" },
                color: {
                  field: "source",
                  type: "nominal",
                  title: null,
                  scale: { range: ["#4e79a7", "#e15759"] },
                },
              },
            },
            {
              transform: [{ filter: "datum.source === 'data'" }],
              mark: { type: "point", filled: true, size: 36 },
              encoding: {
                x: { field: "i", type: "quantitative" },
                y: { field: "value", type: "quantitative" },
                color: { field: "source", type: "nominal", title: null },
              },
            },
          ],
        },
      ],
    },
  };
}
