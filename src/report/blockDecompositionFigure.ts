// The BDM view: every symbol on its grid cell, coloured by the CTM of the block(s) covering it, block outlines drawn.
import type { BlockDecomposition } from "./blockDecomposition.js";
import type { Figure, Json } from "./figure.js";
import { REPORT_MONO_FAMILY } from "./reportFont.js";

const CELL = 16;

/** Bounding box of a block's cells in grid units, or null when they do not fill a rectangle. */
function rectangle(
  cells: readonly number[],
  cols: number,
): { x: number; x2: number; y: number; y2: number } | null {
  let r0 = Number.POSITIVE_INFINITY;
  let r1 = -1;
  let c0 = Number.POSITIVE_INFINITY;
  let c1 = -1;
  for (const cell of cells) {
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
  }
  if ((r1 - r0 + 1) * (c1 - c0 + 1) !== new Set(cells).size) return null;
  return { x: c0, x2: c1 + 1, y: r0, y2: r1 + 1 };
}

export function blockDecompositionFigure(d: BlockDecomposition, name = "bdm-blocks"): Figure {
  const covering = d.symbols.map(() => ({ sum: 0, n: 0 }));
  for (const b of d.blocks)
    for (const c of b.cells) {
      covering[c]!.sum += b.ctm;
      covering[c]!.n += 1;
    }
  const cells: Json[] = d.symbols.map((symbol, i) => {
    const c = covering[i]!;
    return {
      i,
      x: i % d.cols,
      y: Math.floor(i / d.cols),
      symbol: String(symbol),
      ctm: c.n === 0 ? null : c.sum / c.n,
    };
  });
  const values = d.blocks.map((b) => b.ctm);
  // Dark text on the light (high) end of viridis, light text on the dark end.
  const middle = values.length === 0 ? 0 : (Math.min(...values) + Math.max(...values)) / 2;
  const distinct = new Set<number>();
  let covered = 0;
  for (const b of d.blocks)
    for (const c of b.cells) {
      distinct.add(c);
      covered++;
    }
  // Overlapping blocks (a sliding window) would hide the grid under their outlines: outline disjoint ones only.
  const outlines: Json[] =
    covered === distinct.size
      ? d.blocks.flatMap((b) => {
          const r = rectangle(b.cells, d.cols);
          return r === null ? [] : [{ ...r, block: b.block, ctm: b.ctm, missing: b.missing }];
        })
      : [];
  const x = { type: "quantitative", axis: null, scale: { domain: [0, d.cols], nice: false, zero: true } };
  const y = { type: "quantitative", axis: null, scale: { domain: [0, d.rows], nice: false, reverse: true } };
  return {
    name,
    title: "Block decomposition coloured by CTM",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: {
        text: "Block decomposition, coloured by each block's CTM (bits)",
        subtitle: `${d.blocks.length} blocks${d.blocks.some((b) => b.missing) ? "; dashed outline: not in the table (imputed max + 1)" : ""}`,
      },
      width: d.cols * CELL,
      height: d.rows * CELL,
      layer: [
        {
          data: { values: cells },
          transform: [
            { calculate: "datum.x + 1", as: "x2" },
            { calculate: "datum.y + 1", as: "y2" },
          ],
          mark: { type: "rect", stroke: "white", strokeWidth: 0.5 },
          encoding: {
            x: { field: "x", ...x },
            x2: { field: "x2" },
            y: { field: "y", ...y },
            y2: { field: "y2" },
            color: {
              field: "ctm",
              type: "quantitative",
              title: "CTM (bits)",
              scale: { scheme: "viridis" },
              legend: { orient: "right", gradientLength: Math.max(60, Math.min(200, d.rows * CELL)) },
            },
          },
        },
        {
          data: { values: cells },
          transform: [
            { calculate: "datum.x + 0.5", as: "xc" },
            { calculate: "datum.y + 0.5", as: "yc" },
          ],
          mark: { type: "text", font: REPORT_MONO_FAMILY, fontSize: 10, baseline: "middle" },
          encoding: {
            x: { field: "xc", ...x },
            y: { field: "yc", ...y },
            text: { field: "symbol" },
            color: {
              condition: { test: `datum.ctm !== null && datum.ctm < ${middle}`, value: "white" },
              value: "black",
            },
          },
        },
        // Blocks the table lacks are outlined dashed (their K is imputed).
        ...[false, true].flatMap((missing) =>
          outlines.some((o) => (o as { missing: boolean }).missing === missing)
            ? [
                {
                  data: { values: outlines },
                  transform: [{ filter: missing ? "datum.missing" : "!datum.missing" }],
                  mark: {
                    type: "rect",
                    fill: null,
                    stroke: "#222",
                    strokeWidth: 1.5,
                    strokeDash: missing ? [3, 2] : [1, 0],
                  },
                  encoding: {
                    x: { field: "x", ...x },
                    x2: { field: "x2" },
                    y: { field: "y", ...y },
                    y2: { field: "y2" },
                  },
                },
              ]
            : [],
        ),
      ],
    },
  };
}
