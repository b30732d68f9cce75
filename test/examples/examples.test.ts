// Every experiment spec in examples/ loads, validates and runs (shortened with --set-style overrides).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import { loadSpecFile } from "../../src/spec/load.js";

const folder = join(import.meta.dirname, "..", "..", "examples");
// Sweep files are not experiment specs; test/sweep exercises them.
const specs = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith("sweep-"));

describe("examples", () => {
  it("has examples to check", () => {
    expect(specs.length).toBeGreaterThan(5);
  });
  for (const file of specs) {
    it(`${file} validates and runs`, () => {
      const spec = loadSpecFile(join(folder, file), ["replicates=3", "generations=2"]);
      const records = [...runGenerations(spec)].map((s) => s.record);
      expect(records.map((r) => r.t)).toEqual([0, 1, 2]);
      for (const record of records) expect(Object.keys(record.metrics).length).toBeGreaterThan(0);
    });
  }
});
