// One metric by generation with uPlot: per run the mean (solid), its 95% band (mean ± 1.96 SE) and the theory (dashed).
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import { Z95 } from "../../../src/report/metricRows.js";
import { prefersLogScale } from "../../../src/report/prefersLogScale.js";
import type { GenerationRecord } from "../api.js";
import { colourOf } from "./palette.js";

export interface ChartRun {
  readonly label: string;
  readonly generations: readonly GenerationRecord[];
}

const finite = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** Aligned columns for uPlot: x, then per run mean, lo, hi and theory. */
function columns(runs: readonly ChartRun[], metric: string) {
  const ts = [...new Set(runs.flatMap((r) => r.generations.map((g) => g.t)))].sort((a, b) => a - b);
  const index = new Map(ts.map((t, i) => [t, i]));
  const perRun = runs.map((r) => {
    const col = () => new Array<number | null>(ts.length).fill(null);
    const mean = col();
    const lo = col();
    const hi = col();
    const theory = col();
    for (const g of r.generations) {
      const m = g.metrics[metric];
      const i = index.get(g.t);
      if (m === undefined || i === undefined) continue;
      const mu = finite(m.mean);
      const se = finite(m.se);
      mean[i] = mu;
      if (mu !== null && se !== null) {
        lo[i] = mu - Z95 * se;
        hi[i] = mu + Z95 * se;
      }
      theory[i] = finite(m.theory);
    }
    return { mean, lo, hi, theory, hasTheory: theory.some((v) => v !== null) };
  });
  return { ts, perRun };
}

export function MetricChart({ metric, runs }: { metric: string; runs: readonly ChartRun[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const { ts, perRun } = columns(runs, metric);
    const log = prefersLogScale(perRun.flatMap((p) => [...p.mean, ...p.lo, ...p.theory]));
    const data: (number | null)[][] = [ts];
    const series: uPlot.Series[] = [{ label: "t" }];
    const bands: uPlot.Band[] = [];
    perRun.forEach((p, i) => {
      const colour = colourOf(i);
      const label = runs[i]!.label;
      data.push(p.mean);
      series.push({ label, stroke: colour, width: 1.8, points: { show: false } });
      const meanIdx = data.length - 1;
      if (p.lo.some((v) => v !== null)) {
        data.push(p.hi, p.lo);
        series.push(
          { label: `${label} hi`, stroke: "transparent", points: { show: false } },
          { label: `${label} lo`, stroke: "transparent", points: { show: false } },
        );
        bands.push({ series: [meanIdx + 1, meanIdx + 2], fill: `${colour}2e` });
      }
      if (p.hasTheory) {
        data.push(p.theory);
        series.push({
          label: `${label} theory`,
          stroke: colour,
          width: 1.4,
          dash: [6, 4],
          points: { show: false },
        });
      }
    });
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 240,
        series,
        bands,
        legend: { show: false },
        cursor: { drag: { x: true, y: false } },
        scales: { x: { time: false }, y: log ? { distr: 3 } : {} },
        axes: [{ label: "generation t" }, { label: log ? `${metric} (log)` : metric, size: 64 }],
      },
      data as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [metric, runs]);
  return (
    <figure class="chart" data-metric={metric}>
      <figcaption>{metric}</figcaption>
      <div ref={host} />
    </figure>
  );
}

export function Legend({ labels }: { labels: readonly string[] }) {
  return (
    <p class="legend">
      {labels.map((label, i) => (
        <span key={label}>
          <i style={{ background: colourOf(i) }} /> {label}
        </span>
      ))}
      <span class="hint">solid: mean; band: 95% (± 1.96 SE); dashed: theory</span>
    </p>
  );
}
