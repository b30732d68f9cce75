// Writes a report directory: index.html (self-contained) plus NAME.png and NAME.svg for every figure.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageVersion } from "../store/packageVersion.js";
import type { Figure, RenderedFigure } from "./figure.js";
import { metricsTable } from "./metricsTable.js";
import { renderFigure } from "./renderFigure.js";
import { reportHtml } from "./reportHtml.js";
import type { ReportRun } from "./reportRun.js";
import type { ReportTable } from "./reportTable.js";
import { runFigures } from "./runFigures.js";

export interface ReportInput {
  readonly title: string;
  readonly runs: readonly ReportRun[];
  /** Default: runFigures(runs). */
  readonly figures?: readonly Figure[];
  readonly tables?: readonly ReportTable[];
  readonly findings?: readonly string[];
}

export interface WrittenReport {
  readonly index: string;
  readonly figures: readonly {
    readonly name: string;
    readonly png: string;
    readonly svg: string;
    readonly width: number;
    readonly height: number;
  }[];
  readonly seconds: number;
}

/** Writes whole files or none (a temporary name, then a rename). */
function writeFile(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

export async function renderReport(input: ReportInput): Promise<{ html: string; figures: RenderedFigure[] }> {
  const figures: RenderedFigure[] = [];
  for (const f of input.figures ?? runFigures(input.runs)) figures.push(await renderFigure(f));
  const html = reportHtml(
    {
      title: input.title,
      runs: input.runs,
      figures,
      tables: input.tables ?? [],
      findings: input.findings ?? [],
      version: packageVersion(),
      generatedAt: new Date().toISOString(),
    },
    metricsTable(input.runs),
  );
  return { html, figures };
}

export async function writeReport(dir: string, input: ReportInput): Promise<WrittenReport> {
  const start = performance.now();
  const { html, figures } = await renderReport(input);
  mkdirSync(dir, { recursive: true });
  const written = figures.map((f) => {
    const png = join(dir, `${f.name}.png`);
    const svg = join(dir, `${f.name}.svg`);
    writeFile(png, f.png);
    writeFile(svg, f.svg);
    return { name: f.name, png, svg, width: f.width, height: f.height };
  });
  const index = join(dir, "index.html");
  writeFile(index, html);
  return { index, figures: written, seconds: (performance.now() - start) / 1000 };
}
