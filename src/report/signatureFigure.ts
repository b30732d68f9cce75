// The information signature (Zenil et al., Algorithmic Information Dynamics, iScience 2019): each element's
// information value -delta (bits lost when it is changed), by position and sorted.
import type { Figure, Json } from "./figure.js";

export interface SignatureData {
  /** delta[i] = BDM(X with element i changed) - BDM(X), as perturbation analysis gives it. */
  readonly delta: ArrayLike<number>;
  /** The symbols, to label positions (optional). */
  readonly symbols?: ArrayLike<number>;
}

/** Changing the element lowers K: it adds complexity. Raising K: it belongs to a regularity. */
const POSITIVE = "positive: the element adds complexity";
const NEGATIVE = "negative: the element is part of a regularity";
const NEUTRAL = "neutral";

export function signatureFigure(data: SignatureData, name = "bdm-signature"): Figure {
  const byPosition: Json[] = Array.from(data.delta, (d, i) => ({
    i,
    information: d === 0 ? 0 : -d,
    symbol: data.symbols === undefined ? null : String(data.symbols[i]),
    kind: d < 0 ? POSITIVE : d > 0 ? NEGATIVE : NEUTRAL,
  }));
  const sorted: Json[] = Array.from(data.delta, (d) => (d === 0 ? 0 : -d))
    .sort((a, b) => b - a)
    .map((information, rank) => ({ rank: rank + 1, information }));
  return {
    name,
    title: "Information signature",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: "Information signature (perturbation analysis)",
        subtitle: "information value of element i: BDM(X) - BDM(X with i changed), bits",
      },
      vconcat: [
        {
          width: 560,
          height: 160,
          data: { values: byPosition },
          mark: { type: "bar" },
          encoding: {
            x: { field: "i", type: "quantitative", title: "position", scale: { nice: false } },
            y: { field: "information", type: "quantitative", title: "information (bits)" },
            color: {
              field: "kind",
              type: "nominal",
              title: null,
              scale: {
                domain: [POSITIVE, NEGATIVE, NEUTRAL],
                range: ["#4e79a7", "#e15759", "#bab0ac"],
              },
              legend: { orient: "bottom" },
            },
          },
        },
        {
          width: 560,
          height: 140,
          data: { values: sorted },
          mark: { type: "line", point: true, interpolate: "step-after" },
          encoding: {
            x: { field: "rank", type: "quantitative", title: "elements, most informative first" },
            y: { field: "information", type: "quantitative", title: "information (bits)" },
          },
        },
      ],
    },
  };
}
