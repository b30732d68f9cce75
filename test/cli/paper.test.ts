// `ouro paper --quick` end to end: every section runs into the store, prints its tables, and writes the report.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro } from "./ouroProcess.js";

const newPath = tempStorePaths("ouro-cli-paper-");

interface PaperJson {
  sections: {
    id: string;
    runs: { group: string; label: string; run: string }[];
    tables: { title: string; header: string[]; rows: string[][] }[];
    findings: string[];
  }[];
}

describe("ouro paper --quick", () => {
  const db = newPath();
  const out = newPath("report");
  const result = ouro(["paper", "--quick", "--json", "--db", db, "--out", out]);
  const summary = JSON.parse(result.stdout || "{}") as PaperJson;

  it("exits 0 with one JSON document covering every default section", () => {
    expect(result.code).toBe(0);
    expect(summary.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(["collapse", "language", "verifiers"]),
    );
  });

  it("stores every run it reports, finished", () => {
    const runs = JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as { run: string; status: string }[];
    const reported = summary.sections.flatMap((s) => s.runs.map((r) => r.run));
    expect(new Set(runs.map((r) => r.run))).toEqual(new Set(reported));
    expect(runs.every((r) => r.status === "done")).toBe(true);
  });

  it("gives each table one row per run of its group and a cell per shown generation", () => {
    for (const section of summary.sections) {
      expect(section.tables.length).toBeGreaterThan(0);
      for (const table of section.tables) {
        for (const row of table.rows) expect(row).toHaveLength(table.header.length);
      }
    }
  });

  it("shows entropy decay without grounding: no significant rise of the categorical entropy at alpha = 0", () => {
    const collapse = summary.sections.find((s) => s.id === "collapse")!;
    const entropy = collapse.tables.find((t) => t.title.startsWith("categorical: entropy"))!;
    const alpha0 = entropy.rows.find((row) => row[0] === "alpha = 0")!;
    expect(alpha0.at(-1)).toBe("0");
    const means = alpha0.slice(1, -1).map((cell) => Number.parseFloat(cell));
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeLessThan(means[i - 1]!);
  });

  it("writes paper.md, paper.json and index.html with figures into --out", () => {
    for (const file of ["paper.md", "paper.json", "index.html"])
      expect(existsSync(join(out, file))).toBe(true);
    expect(readFileSync(join(out, "paper.md"), "utf8")).toContain(
      "## Entropy decay and variance amplification",
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toMatch(/<img src="data:image\/svg\+xml;base64,/);
  });
});
