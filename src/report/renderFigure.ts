// Renders a Vega-Lite figure on the server: compile to Vega, draw to SVG headless, rasterise with resvg (shipped font).
import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Figure, RenderedFigure } from "./figure.js";
import { figureConfig } from "./figureConfig.js";
import { pngSize } from "./pngSize.js";
import { REPORT_FONT_FAMILY, reportFontFiles } from "./reportFont.js";

export interface RenderOptions {
  /** PNG pixels per SVG unit (default 2, for sharp figures on high-density screens and in print). */
  readonly scale?: number;
}

/** The figure's SVG, with the shared config under the figure's own. */
export async function figureSvg(figure: Figure): Promise<string> {
  const spec = { ...figure.spec, config: { ...figureConfig, ...(figure.spec.config as object | undefined) } };
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterises an SVG with the shipped font only (no system fonts), on white. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: reportFontFiles(), loadSystemFonts: false, defaultFontFamily: REPORT_FONT_FAMILY },
    fitTo: { mode: "zoom", value: scale },
    background: "white",
  });
  return new Uint8Array(resvg.render().asPng());
}

export async function renderFigure(figure: Figure, options: RenderOptions = {}): Promise<RenderedFigure> {
  const svg = await figureSvg(figure);
  const png = svgToPng(svg, options.scale ?? 2);
  return { name: figure.name, title: figure.title, svg, png, ...pngSize(png) };
}
