// The `ouro paper` tables as rows of text cells (the CLI lays them out; report/paper.md reuses them).
import type { MetricSummary } from "../loop/types.js";
import type { PaperResult } from "./runPaper.js";

function number(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return "-";
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5))
    return value.toExponential(digits - 1);
  return value.toFixed(digits);
}

function uncertainty(se: number | null): string {
  return se === null ? "-" : se === 0 ? "0" : se.toPrecision(2);
}

function cell(summary: MetricSummary): string {
  const core = `${number(summary.mean)} ± ${uncertainty(summary.se)}`;
  return summary.theory === null ? core : `${core} (theory ${number(summary.theory)})`;
}

export interface PaperTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One table per truth and metric: a row per schedule, a column per shown generation. */
export function paperTables(results: readonly PaperResult[]): PaperTable[] {
  const tables: PaperTable[] = [];
  for (const truth of ["categorical", "gaussian"] as const) {
    const group = results.filter((r) => r.truth === truth);
    if (group.length === 0) continue;
    const traces = (r: PaperResult) => [...r.diversity, ...r.drift];
    for (const [m, { metric, at }] of traces(group[0]!).entries()) {
      const kind =
        m < group[0]!.diversity.length
          ? "diversity (entropy decay)"
          : "drift from P* (variance amplification)";
      tables.push({
        title: `${truth}: ${metric}, ${kind}; mean ± SE over replicates`,
        header: ["schedule", ...at.map(({ t }) => `t = ${t}`), "rises > 4 SE"],
        rows: group.map((r) => {
          const trace = traces(r)[m]!;
          return [
            r.schedule,
            ...trace.at.map(({ summary }) => cell(summary)),
            String(trace.significantRises),
          ];
        }),
      });
    }
  }
  return tables;
}

/** The first-step entropy loss against Miller-Madow and the share of collapsed replicates at the end. */
export function paperFindings(results: readonly PaperResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const g = r.document.generations;
    const last = g.at(-1);
    if (!last) continue;
    if (r.truth === "categorical") {
      const drop = g[1]?.metrics.entropy_drop;
      const fixed = last.metrics.fixed;
      lines.push(
        `categorical, ${r.schedule}: first-step entropy drop ${number(drop?.mean)} ± ${uncertainty(drop?.se ?? null)} nats` +
          (drop?.theory != null ? ` (Miller-Madow ${number(drop.theory)})` : "") +
          `; share fixed on one outcome at t = ${last.t}: ${number(fixed?.mean, 3)}`,
      );
    } else {
      const v = last.metrics.var;
      const d = last.metrics.sq_err_mean;
      lines.push(
        `gaussian, ${r.schedule}: at t = ${last.t} E sigma^2 = ${number(v?.mean)} (theory ${number(v?.theory)}),` +
          ` E (mu - mu*)^2 = ${number(d?.mean)} (theory ${number(d?.theory)})`,
      );
    }
  }
  return lines;
}

/** The whole report as Markdown. */
export function paperMarkdown(results: readonly PaperResult[]): string {
  const out = ["# ouroboros paper: entropy decay and variance amplification", ""];
  out.push(
    "Zenil (arXiv 2601.05280) argues that closed-loop density matching degenerates when the exogenous fraction alpha_t vanishes:",
    "diversity is lost (entropy decay) and the model's location drifts (variance amplification). Each row below is one stored run.",
    "",
  );
  for (const table of paperTables(results)) {
    out.push(
      `## ${table.title}`,
      "",
      `| ${table.header.join(" | ")} |`,
      `|${table.header.map(() => " --- ").join("|")}|`,
    );
    for (const row of table.rows) out.push(`| ${row.join(" | ")} |`);
    out.push("");
  }
  out.push("## Findings", "", ...paperFindings(results).map((l) => `- ${l}`), "", "## Runs", "");
  for (const r of results) out.push(`- ${r.truth}, ${r.schedule}: run \`${r.run}\``);
  return `${out.join("\n")}\n`;
}
