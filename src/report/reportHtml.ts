// The self-contained report page: figures inline (as data URIs), provenance, the metrics and caller tables, the specs.
import { escapeHtml } from "./escapeHtml.js";
import type { RenderedFigure } from "./figure.js";
import type { ReportRun } from "./reportRun.js";
import type { ReportTable } from "./reportTable.js";

export interface ReportPage {
  readonly title: string;
  readonly runs: readonly ReportRun[];
  readonly figures: readonly RenderedFigure[];
  /** Tables shown before the metrics table (e.g. `ouro paper`'s). */
  readonly tables: readonly ReportTable[];
  readonly findings: readonly string[];
  /** The ouroboros version that drew the report, and when. */
  readonly version: string;
  readonly generatedAt: string;
}

const STYLE = `body{font:15px/1.45 system-ui,"DejaVu Sans",sans-serif;max-width:1180px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0;font-size:13px}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}figure{margin:1.2rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{font-size:13px;color:#555}pre{background:#f7f7f7;padding:.6rem;overflow:auto;font-size:12px}
.figures{display:flex;flex-wrap:wrap;gap:1rem}`;

function table(t: ReportTable): string {
  const head = `<tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = t.rows
    .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<h3>${escapeHtml(t.title)}</h3>\n<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function provenance(runs: readonly ReportRun[]): ReportTable {
  return {
    title: "Provenance",
    header: [
      "run",
      "name",
      "status",
      "seed",
      "generations",
      "compute (s)",
      "ouroboros",
      "host",
      "created",
      "finished",
    ],
    rows: runs.map(({ summary: s }) => [
      s.run,
      s.name,
      s.error === null ? s.status : `${s.status}: ${s.error.split("\n")[0]}`,
      String(s.seed),
      `${s.generations_done} of ${s.generations}`,
      s.seconds.toFixed(3),
      s.version,
      s.host ?? "-",
      s.created_at,
      s.finished_at ?? "-",
    ]),
  };
}

function figure(f: RenderedFigure): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(f.svg).toString("base64")}`;
  const name = escapeHtml(f.name);
  return `<figure id="${name}"><img src="${src}" alt="${escapeHtml(f.title)}" width="${Math.round(f.width / 2)}">
<figcaption>${escapeHtml(f.title)}: <a href="${name}.png">PNG</a> · <a href="${name}.svg">SVG</a></figcaption></figure>`;
}

export function reportHtml(page: ReportPage, metrics: ReportTable): string {
  const findings =
    page.findings.length === 0
      ? ""
      : `<h2>Findings</h2>\n<ul>${page.findings.map((f) => `<li>${escapeHtml(f)}</li>`).join("\n")}</ul>`;
  const specs = page.runs
    .map(
      (r) =>
        `<details open><summary>${escapeHtml(r.summary.name)} (${escapeHtml(r.summary.run)})</summary><pre>${escapeHtml(JSON.stringify(r.document.spec, null, 2))}</pre></details>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p>Drawn by ouroboros ${escapeHtml(page.version)} at ${escapeHtml(page.generatedAt)} from ${page.runs.length} run${page.runs.length === 1 ? "" : "s"}.</p>
${table(provenance(page.runs))}
${findings}
<h2>Figures</h2>
<div class="figures">
${page.figures.map(figure).join("\n")}
</div>
${page.tables.length === 0 ? "" : `<h2>Tables</h2>\n${page.tables.map(table).join("\n")}`}
<h2>Metrics</h2>
${table(metrics)}
<h2>Normalised specs</h2>
${specs}
</body>
</html>
`;
}
