// The font every figure is drawn in: DejaVu Sans from the dejavu-fonts-ttf package, so PNGs need no system fonts.
import { createRequire } from "node:module";

export const REPORT_FONT_FAMILY = "DejaVu Sans";
export const REPORT_MONO_FAMILY = "DejaVu Sans Mono";

const require = createRequire(import.meta.url);

/** The TrueType files resvg loads (regular, bold and mono). */
export function reportFontFiles(): string[] {
  return [
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf"),
  ];
}
