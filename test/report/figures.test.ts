// Golden structure of the figure specs (not pixels), and every figure rendered to an SVG and a PNG of the expected size.
import { describe, expect, test } from "vitest";
import { bdm1d } from "../../src/complexity/bdm/bdm1d.js";
import { loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { perturbation1d } from "../../src/complexity/perturbation/perturbation1d.js";
import type { GenerationRecord } from "../../src/loop/types.js";
import {
  blockDecomposition1d,
  blockDecompositionFigure,
  type Figure,
  metricFigure,
  paretoFigure,
  paretoFront,
  pngSize,
  prefersLogScale,
  programFigure,
  renderFigure,
  seriesLabels,
  signatureFigure,
  smallMultiplesFigure,
} from "../../src/report/index.js";
import { decodePng, distinctPixels } from "../web/decodePng.js";

function generations(
  T: number,
  f: (t: number) => number,
  theory: ((t: number) => number) | null,
): GenerationRecord[] {
  return Array.from({ length: T + 1 }, (_, t) => ({
    t,
    metrics: {
      entropy: {
        mean: f(t),
        se: 0.01,
        theory: theory === null ? null : theory(t),
        q05: null,
        q50: null,
        q95: null,
      },
      var: { mean: 10 ** (t / 10), se: 0.1, theory: null, q05: null, q50: null, q95: null },
    },
  }));
}

type Layer = {
  mark: { type: string; strokeDash?: number[] };
  encoding: Record<string, { field?: string; scale?: unknown }>;
};

describe("metric figure", () => {
  const series = [
    {
      label: "data.alpha=0",
      generations: generations(
        20,
        (t) => 1 - t / 40,
        (t) => 1 - t / 41,
      ),
    },
    { label: "data.alpha=0.1", generations: generations(20, () => 0.9, null) },
  ];
  const figure = metricFigure(series, "entropy");
  const layers = figure.spec.layer as unknown as Layer[];

  test("band, mean and dashed theory, coloured by series", () => {
    expect(figure.name).toBe("metric-entropy");
    expect(layers.map((l) => l.mark.type)).toEqual(["area", "line", "line"]);
    expect(layers[0]!.encoding.y!.field).toBe("lo");
    expect(layers[0]!.encoding.y2!.field).toBe("hi");
    expect(layers[1]!.encoding.y!.field).toBe("mean");
    expect(layers[2]!.encoding.y!.field).toBe("theory");
    expect(layers[2]!.mark.strokeDash).toEqual([6, 4]);
    expect(layers[1]!.mark.strokeDash).toBeUndefined();
    for (const l of layers) expect(l.encoding.color!.field).toBe("series");
    const rows = (figure.spec.data as { values: { lo: number; mean: number; hi: number }[] }).values;
    expect(rows).toHaveLength(42);
    // 95% band: mean +- 1.96 SE.
    expect(rows[0]!.hi - rows[0]!.mean).toBeCloseTo(1.959964 * 0.01, 6);
    expect(layers[1]!.encoding.y!.scale).toEqual({ zero: false });
  });

  test("a metric spanning decades gets a log axis; one without theory has no dashed layer", () => {
    const v = metricFigure(series, "var");
    const vl = v.spec.layer as unknown as Layer[];
    expect(vl.map((l) => l.mark.type)).toEqual(["area", "line"]);
    expect(vl[1]!.encoding.y!.scale).toEqual({ type: "log" });
    expect(prefersLogScale([1, 50, 200])).toBe(true);
    expect(prefersLogScale([1, 50])).toBe(false);
    expect(prefersLogScale([0, 1, 1000])).toBe(false);
    expect(prefersLogScale([null, Number.NaN])).toBe(false);
  });

  test("small multiples: one panel per metric, independent y", () => {
    const f = smallMultiplesFigure(series, ["entropy", "var"]);
    expect(f.spec.facet).toMatchObject({ field: "metric", sort: ["entropy", "var"] });
    expect(f.spec.resolve).toEqual({ scale: { y: "independent" } });
    expect(f.spec.columns).toBe(2);
  });
});

describe("series labels", () => {
  test("name the swept values, unique, falling back to name and id", () => {
    const spec = (alpha: number, seed = 1) => ({ name: `a${alpha}`, seed, data: { n: 10, alpha } });
    expect(
      seriesLabels([
        { run: "r1", name: "a0", spec: spec(0) },
        { run: "r2", name: "a0.1", spec: spec(0.1) },
      ]),
    ).toEqual(["data.alpha=0", "data.alpha=0.1"]);
    expect(
      seriesLabels([
        { run: "r1", name: "same", spec: spec(0) },
        { run: "r2", name: "same", spec: spec(0) },
      ]),
    ).toEqual(["same (r1)", "same (r2)"]);
    expect(seriesLabels([{ run: "r1", name: "one", spec: spec(0) }])).toEqual(["one"]);
    expect(seriesLabels([])).toEqual([]);
  });
});

describe("CTM/BDM views", () => {
  const table = loadCtmTable("d4");
  const input = "010101010101010101010101110100100111";

  test("the decomposition has BDM's blocks with their CTM", () => {
    const d = blockDecomposition1d(input, table, { block: 12 });
    expect(d.blocks).toHaveLength(3);
    expect(d.blocks[0]!.cells).toEqual(Array.from({ length: 12 }, (_, i) => i));
    const bdm = bdm1d(input, table, { block: 12 });
    for (const b of d.blocks) expect(b.ctm).toBe(bdm.blocks.find((x) => x.block === b.block)!.ctm);
    const f = blockDecompositionFigure(d);
    const layers = f.spec.layer as unknown as Layer[];
    expect(layers.map((l) => l.mark.type)).toEqual(["rect", "text", "rect"]);
    expect(layers[0]!.encoding.color!.field).toBe("ctm");
    expect((f.spec as { width: number }).width).toBe(36 * 16);
    expect(() => blockDecomposition1d("01x", table)).toThrow(/symbol/);
  });

  test("the signature orders information values", () => {
    const p = perturbation1d(Array.from(input, Number), table, { block: 12 });
    const f = signatureFigure({ delta: p.delta });
    const panels = f.spec.vconcat as unknown as { data: { values: { information: number }[] } }[];
    expect(panels[0]!.data.values).toHaveLength(input.length);
    const sorted = panels[1]!.data.values.map((v) => v.information);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });
});

describe("synthesis views from plain data", () => {
  const points = [
    { complexity: 1, error: 10, program: "c" },
    { complexity: 3, error: 2, program: "a*x" },
    { complexity: 4, error: 5, program: "x+x" },
    { complexity: 6, error: 0.5, program: "a*x+b" },
    { complexity: 7, error: Number.POSITIVE_INFINITY, program: "bad" },
  ];

  test("the Pareto front keeps the non-dominated points", () => {
    expect(paretoFront(points).map((p) => p.program)).toEqual(["c", "a*x", "a*x+b"]);
    expect(paretoFront([])).toEqual([]);
    const f = paretoFigure(points);
    const values = (f.spec.data as { values: { front: boolean }[] }).values;
    expect(values).toHaveLength(4);
    expect(values.filter((v) => v.front)).toHaveLength(3);
  });

  test("the program sits beside the data it regenerates", () => {
    const f = programFigure({ program: "f(n) = 2n + 1", data: [1, 3, 5, 8], regenerated: [1, 3, 5, 7] });
    const [text, chart] = f.spec.hconcat as unknown as [{ mark: { type: string } }, { layer: unknown[] }];
    expect(text.mark.type).toBe("text");
    expect(chart.layer).toHaveLength(2);
    expect((f.spec.title as { subtitle: string }).subtitle).toBe("3 of 4 values reproduced exactly");
  });
});

describe("rendering", () => {
  const table = loadCtmTable("d4");
  const figures: Figure[] = [
    metricFigure(
      [
        {
          label: "run",
          generations: generations(
            30,
            (t) => 1 / (1 + t),
            (t) => 1 / (1 + t),
          ),
        },
      ],
      "entropy",
    ),
    blockDecompositionFigure(blockDecomposition1d("0101010101011101001001110100", table, { block: 8 })),
    signatureFigure({ delta: [1, -2, 0.5, 0, 3] }),
    paretoFigure([
      { complexity: 1, error: 3 },
      { complexity: 2, error: 1 },
    ]),
    programFigure({ program: "x", data: [1, 2], regenerated: [1, 2] }),
  ];

  test.each(figures.map((f) => [f.name, f] as const))(
    "%s: an SVG and a PNG twice its size that decodes",
    async (_, f) => {
      const r = await renderFigure(f);
      const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(r.svg)![1]);
      const svgHeight = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(r.svg)![1]);
      expect(pngSize(r.png)).toEqual({ width: r.width, height: r.height });
      expect(r.width).toBe(Math.round(svgWidth * 2));
      expect(r.height).toBe(Math.round(svgHeight * 2));
      const png = decodePng(r.png);
      expect(png.width).toBe(r.width);
      expect(distinctPixels(png)).toBeGreaterThan(20);
    },
  );

  test("pngSize refuses what is not a PNG", () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });
});
