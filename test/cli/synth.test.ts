// `ouro synth regress|sequence|eca` end to end (contract "Symbolic model synthesis"): bad input exits 2 naming what is wrong.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import { ouro } from "./ouroProcess.js";

const dir = mkdtempSync(join(tmpdir(), "ouro-synth-"));
let files = 0;
function file(text: string): string {
  const path = join(dir, `f${files++}.txt`);
  writeFileSync(path, text);
  return path;
}

function expectOneLineError(
  result: { code: number | null; stdout: string; stderr: string },
  pattern: RegExp,
) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^ouro: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

const good = `x,y\n${Array.from({ length: 12 }, (_, i) => `${i / 2},${2 * (i / 2) + 1}`).join("\n")}\n`;

describe("ouro synth regress", () => {
  const cases: [string, string, string[], RegExp][] = [
    ["a missing cell", "x,y\n1,2\n2,\n3,6\n", [], /row 3, column y.*finite number/],
    ["a non-numeric cell", "x,y\n1,2\nabc,4\n3,6\n", [], /row 3, column x: got "?abc"?.*finite number/],
    ["NaN", "x,y\n1,2\nNaN,4\n3,6\n", [], /row 3, column x: got "?NaN"?/],
    ["Inf", "x,y\n1,2\n2,Infinity\n3,6\n", [], /row 3, column y: got "?Infinity"?/],
    ["a ragged row", "x,y\n1,2\n2\n3,6\n", [], /row 3.*2 cells like the header/],
    ["no data rows", "x,y\n", [], /header row and at least one data row/],
    [
      "a target column that does not exist",
      good,
      ["--target", "z"],
      /target: got "?z"?.*a column of the CSV: x, y/,
    ],
    ["a constant target", "x,y\n1,5\n2,5\n3,5\n", [], /target: got "?y"?.*varies \(it is constant 5\)/],
    ["a bad budget", good, ["--seconds", "-1"], /seconds: got "?-1"?.*number >= 0\.01/],
  ];
  for (const [what, csv, extra, pattern] of cases)
    it(`rejects ${what}: exit 2 and one line`, () => {
      const args = ["synth", "regress", "--csv", file(csv), "--target", "y", ...extra];
      // A later --target overrides the first.
      expectOneLineError(ouro(args), pattern);
    });
  it("rejects a CSV that cannot be read", () => {
    expectOneLineError(
      ouro(["synth", "regress", "--csv", join(dir, "absent.csv"), "--target", "y"]),
      /csv.*readable file/,
    );
  });
  it("prints the contract's JSON: best and a Pareto front, the best expression reproducing the data", () => {
    const r = ouro(["synth", "regress", "--csv", file(good), "--target", "y", "--seconds", "0.3", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      best: { expression: string; complexity: number; description_length: number; r2: number; mse: number };
      pareto: unknown[];
    };
    expect(Object.keys(doc.best).sort()).toEqual([
      "complexity",
      "description_length",
      "expression",
      "mse",
      "r2",
    ]);
    expect(doc.pareto.length).toBeGreaterThan(0);
    for (const x of [0, 1.5, 4])
      expect(Number(evaluate(doc.best.expression, { x }))).toBeCloseTo(2 * x + 1, 6);
  });
});

describe("ouro synth sequence", () => {
  it("rejects an empty sequence and bad symbols: exit 2 and one line", () => {
    expectOneLineError(ouro(["synth", "sequence", ""]), /non-empty/);
    expectOneLineError(ouro(["synth", "sequence", "01x1"]), /string: got "?01x1"?.*symbols 0-9/);
  });
  it("prints the contract's JSON for Thue-Morse", () => {
    const r = ouro(["synth", "sequence", "0110100110010110", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual([
      "description_length",
      "literal_length",
      "program",
      "reproduces",
    ]);
    expect(doc.reproduces).toBe(true);
    expect(doc.description_length as number).toBeLessThan(doc.literal_length as number);
  });
});

describe("ouro synth eca", () => {
  it("rejects a non-binary cell, a ragged diagram and a single row", () => {
    expectOneLineError(ouro(["synth", "eca", "--file", file("0110\n0120\n")]), /row 2, cell 3.*0 or 1/);
    expectOneLineError(ouro(["synth", "eca", "--file", file("0110\n011\n")]), /diagram\[1\].*4 cells/);
    expectOneLineError(ouro(["synth", "eca", "--file", file("0110\n")]), /two rows/);
  });
  it("identifies rule 90 from a single-seed diagram", () => {
    const rows = ["000010000", "000101000", "001000100", "010101010"];
    const r = ouro(["synth", "eca", "--file", file(`${rows.join("\n")}\n`), "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { rule: number; consistent_rules: number[]; boundary: string };
    expect(doc.consistent_rules).toContain(doc.rule);
    expect(doc.consistent_rules).toContain(90);
  });
});
