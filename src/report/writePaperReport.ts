// `ouro paper`'s report in the same form as `ouro report`: index.html with figures, tables and findings, PNG + SVG each.
import type { RunStore } from "../store/runStore.js";
import { loadReportRuns } from "./reportRun.js";
import type { ReportTable } from "./reportTable.js";
import { type WrittenReport, writeReport } from "./writeReport.js";

/** A part of the paper as plain data: its runs, tables and findings (paper.json's shape). */
export interface PaperReportSection {
  readonly title?: string;
  readonly runs: readonly { readonly run: string }[];
  readonly tables: readonly ReportTable[];
  readonly findings: readonly string[];
}

export function writePaperReport(
  dir: string,
  store: RunStore,
  sections: readonly PaperReportSection[],
): Promise<WrittenReport> {
  const prefix = (s: PaperReportSection, text: string) =>
    s.title === undefined ? text : `${s.title}: ${text}`;
  return writeReport(dir, {
    title: "Model collapse: the paper's experiments (ouro paper)",
    runs: loadReportRuns(store, [...new Set(sections.flatMap((s) => s.runs.map((r) => r.run)))]),
    tables: sections.flatMap((s) => s.tables.map((t) => ({ ...t, title: prefix(s, t.title) }))),
    findings: sections.flatMap((s) => s.findings.map((f) => prefix(s, f))),
  });
}
