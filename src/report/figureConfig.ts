// The shared Vega-Lite config of every figure: the shipped font, a white background, a colour-blind-safe palette.
import type { Json } from "./figure.js";
import { REPORT_FONT_FAMILY } from "./reportFont.js";

/** Tableau 10: one colour per run or swept value. */
export const SERIES_SCHEME = "tableau10";

export const figureConfig: { readonly [key: string]: Json } = {
  font: REPORT_FONT_FAMILY,
  background: "white",
  view: { stroke: "#ddd" },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#eee" },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 320 },
  title: { fontSize: 14, anchor: "start" },
  header: { labelFontSize: 12, titleFontSize: 12 },
};
