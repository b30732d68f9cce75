// The `ouro paper` report: every section's tables and findings, as Markdown and as a JSON summary.
import type { PaperSectionResult } from "./runPaper.js";

/** The whole report as Markdown. */
export function paperMarkdown(results: readonly PaperSectionResult[]): string {
  const out = ["# ouroboros paper", ""];
  for (const { section, runs } of results) {
    out.push(`## ${section.title}`, "", section.intro, "");
    for (const table of section.tables(runs)) {
      out.push(
        `### ${table.title}`,
        "",
        `| ${table.header.join(" | ")} |`,
        `|${table.header.map(() => " --- ").join("|")}|`,
      );
      for (const row of table.rows) out.push(`| ${row.join(" | ")} |`);
      out.push("");
    }
    const findings = section.findings(runs);
    if (findings.length > 0) out.push("### Findings", "", ...findings.map((l) => `- ${l}`), "");
    out.push(
      "### Runs",
      "",
      ...runs.map((r) => `- ${r.experiment.group}, ${r.experiment.label}: run \`${r.run}\``),
      "",
    );
  }
  return `${out.join("\n")}\n`;
}

/** The JSON summary `ouro paper --json` prints and report/paper.json holds. */
export function paperSummary(results: readonly PaperSectionResult[]) {
  return {
    sections: results.map(({ section, runs }) => ({
      id: section.id,
      title: section.title,
      runs: runs.map((r) => ({
        group: r.experiment.group,
        label: r.experiment.label,
        run: r.run,
        name: r.document.name,
      })),
      tables: section.tables(runs),
      findings: section.findings(runs),
    })),
  };
}
