// `ouro export` end to end: CSV (one row per generation x metric) and JSON that read back to the stored document.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../src/loop/types.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro } from "./ouroProcess.js";
import { gaussianSpec, writeSpec } from "./specFiles.js";

const newPath = tempStorePaths("ouro-cli-export-");

describe("ouro export", () => {
  const db = newPath();
  const spec = writeSpec(newPath("g.yaml"), gaussianSpec({ generations: 4 }));
  const printed = ouro(["run", spec, "--json", "--db", db]).stdout;
  const document = JSON.parse(printed) as RunDocument;

  it("writes CSV: the contract's columns, one row per generation and metric, numbers exact", () => {
    const result = ouro(["export", document.run, "--format", "csv", "--db", db]);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split("\n");
    expect(header).toBe("t,metric,mean,se,theory,q05,q50,q95,nonfinite");
    const expected = document.generations.flatMap((g) =>
      Object.entries(g.metrics).map(([name, m]) => ({ t: g.t, name, m })),
    );
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBe(5 * Object.keys(document.generations[0]!.metrics).length);
    const back = (field: string) => (field === "" ? null : Number(field));
    rows.forEach((row, i) => {
      const [t, name, mean, se, theory, q05, q50, q95, nonfinite] = row.split(",");
      const { t: et, name: en, m } = expected[i]!;
      expect([Number(t), name]).toEqual([et, en]);
      expect([mean, se, theory, q05, q50, q95].map((f) => back(f!))).toEqual([
        m.mean,
        m.se,
        m.theory,
        m.q05,
        m.q50,
        m.q95,
      ]);
      expect(Number(nonfinite)).toBe(m.nonfinite ?? 0);
    });
  });

  it("writes JSON: the run's document, as `ouro run --json` printed it", () => {
    const result = ouro(["export", document.run, "--format", "json", "--db", db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(printed);
  });

  it("writes to --out FILE and nothing to stdout", () => {
    const out = newPath("export.csv");
    const result = ouro(["export", document.run, "--format", "csv", "--out", out, "--db", db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(
      ouro(["export", document.run, "--format", "csv", "--db", db]).stdout,
    );
  });
});
