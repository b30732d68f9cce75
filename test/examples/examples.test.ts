// Every experiment spec in examples/ loads, validates and runs (shortened with --set-style overrides).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import { loadSpecFile } from "../../src/spec/load.js";

const folder = join(import.meta.dirname, "..", "..", "examples");
// Sweep files are not experiment specs; test/sweep exercises them.
const specs = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith("sweep-"));

/**
 * Shortening beyond replicates and generations, by family: a corpus of a few documents with small blocks, and a
 * tiny network trained for a few steps, so that the check is about validity and plumbing, not training time.
 */
function shortening(text: string): string[] {
  const out: string[] = [];
  if (/family: corpus/.test(text)) out.push("truth.documents=12", "truth.max_chars=3000", "data.n=10");
  if (/family: neural/.test(text))
    out.push("model.hidden=4", "model.steps=2", "model.steps0=2", "model.batch=4");
  return out;
}

describe("examples", () => {
  it("has examples to check", () => {
    expect(specs.length).toBeGreaterThan(5);
  });
  for (const file of specs) {
    it(`${file} validates and runs`, () => {
      const path = join(folder, file);
      const spec = loadSpecFile(path, [
        "replicates=3",
        "generations=2",
        ...shortening(readFileSync(path, "utf8")),
      ]);
      const records = [...runGenerations(spec)].map((s) => s.record);
      expect(records.map((r) => r.t)).toEqual([0, 1, 2]);
      for (const record of records) expect(Object.keys(record.metrics).length).toBeGreaterThan(0);
    });
  }
});
