// `ouro sweep` end to end as a user runs it: every examples/sweep-*.yaml, the contract's JSON, and bad input exiting 2 before any work.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSweepFile } from "../../src/sweep/loadSweepFile.js";
import { ouro, repoRoot } from "../cli/ouroProcess.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { gaussianSweep, writeSweep } from "./sweepFiles.js";

const newPath = tempStorePaths("ouro-sweep-cli-");
const examples = readdirSync(new URL("../../examples", import.meta.url)).filter((f) =>
  /^sweep-.*\.yaml$/.test(f),
);

interface SweepJson {
  sweep: string;
  cells: {
    params: Record<string, unknown>;
    run: string;
    final: Record<string, { mean: number; se: number }>;
  }[];
}

describe("examples/sweep-*.yaml", () => {
  it("are all valid sweeps", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const file of examples)
      expect(loadSweepFile(`${repoRoot}/examples/${file}`).cells.length).toBeGreaterThan(0);
  });

  it("sweep-alpha runs on 2 threads: one run per cell, linked to the sweep, and the contract's JSON", () => {
    const db = newPath();
    const result = ouro(["sweep", "examples/sweep-alpha.yaml", "--workers", "2", "--json", "--db", db]);
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as SweepJson;
    expect(document.sweep).toMatch(/^s[0-9a-f]{16}$/);
    expect(document.cells).toHaveLength(18);
    expect(document.cells[0]!.params).toEqual({ "data.alpha": 0, "data.n": 50, seed: 1 });
    expect(Object.keys(document.cells[0]!.final.var!)).toEqual(["mean", "se"]);
    expect(result.stderr).toMatch(/18\/18 cells .*ETA 0s/);
    const runs = JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as { run: string; sweep: string }[];
    expect(runs.map((r) => r.run).sort()).toEqual(document.cells.map((c) => c.run).sort());
    expect(runs.every((r) => r.sweep === document.sweep)).toBe(true);
    const table = ouro(["sweep", "examples/sweep-alpha.yaml", "--workers", "2", "--db", db]);
    expect(table.stderr).toMatch(/18 already stored/);
    expect(table.stdout.split("\n")[0]).toMatch(/^data\.alpha\s+data\.n\s+seed\s+run\s+mean\s+var/);
  });

  it("sweep-schedules sweeps schedule objects; sweep-ctm-d4 merges D(4,2) exactly", () => {
    const schedules = ouro(["sweep", "examples/sweep-schedules.yaml", "--json", "--db", newPath()]);
    expect(schedules.code, schedules.stderr).toBe(0);
    const document = JSON.parse(schedules.stdout) as SweepJson;
    expect(document.cells[2]!.params["data.alpha"]).toEqual({ schedule: "harmonic", a0: 0.5 });
    const ctm = ouro(["sweep", "examples/sweep-ctm-d4.yaml", "--workers", "2", "--json", "--db", newPath()]);
    expect(ctm.code, ctm.stderr).toBe(0);
    expect(JSON.parse(ctm.stdout)).toMatchObject({
      kind: "ctm",
      states: 4,
      machines: 11019960576,
      halting: 2985384480,
      units: 913,
    });
  });
});

describe("ouro sweep: bad input exits 2 and writes nothing", () => {
  const cases: [string, unknown, RegExp][] = [
    [
      "an axis on a key that does not exist",
      gaussianSweep({ axes: { "data.size": [1, 2] } }),
      /unknown axis: axes\.data\.size.*data\.n.*sampling\.temperature/,
    ],
    ["an empty product", gaussianSweep({ axes: { "data.alpha": [] } }), /empty product: axes\.data\.alpha/],
    [
      "a cell whose spec is invalid",
      gaussianSweep({ axes: { "data.n": [20, 0] } }),
      /invalid cell 2 \(data\.n=0, seed=1\): data\.n/,
    ],
  ];
  for (const [what, sweep, message] of cases) {
    it(what, () => {
      const db = newPath();
      const result = ouro(["sweep", writeSweep(newPath("bad.yaml"), sweep), "--db", db]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
      expect(existsSync(db)).toBe(false);
    });
  }

  it("a bad --workers and a missing file", () => {
    const db = newPath();
    const file = writeSweep(newPath("ok.yaml"), gaussianSweep());
    expect(ouro(["sweep", file, "--workers", "0", "--db", db]).stderr).toMatch(/--workers/);
    expect(ouro(["sweep", "no-such.yaml", "--db", db]).code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });
});
