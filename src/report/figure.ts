// What a figure is: a name (its file stem), a title and a declarative Vega-Lite spec as plain JSON data.

/** A JSON value, as Vega-Lite specs are written. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A Vega-Lite top-level spec as plain data (checked by the compiler when rendered, and by golden tests). */
export type VegaLiteSpec = { readonly [key: string]: Json };

export interface Figure {
  /** File stem: letters, digits, '-' and '_' only. */
  readonly name: string;
  readonly title: string;
  readonly spec: VegaLiteSpec;
}

export interface RenderedFigure {
  readonly name: string;
  readonly title: string;
  readonly svg: string;
  readonly png: Uint8Array;
  /** The PNG's pixel size. */
  readonly width: number;
  readonly height: number;
}
