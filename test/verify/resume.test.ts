// Checkpoints of the verified families: resuming from a JSON round-tripped checkpoint gives what an uninterrupted
// run gives (the learned verifier's state travels with the model); the seed, and only the seed, sets the record.
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import type { Checkpoint, GenerationRecord } from "../../src/loop/types.js";
import { loadSpecFile } from "../../src/spec/load.js";
import type { ExperimentSpec } from "../../src/spec/types.js";
import { examplePath } from "./runExample.js";

function small(name: string, extra: readonly string[] = []): ExperimentSpec {
  return loadSpecFile(examplePath(name), ["replicates=6", "generations=8", "data.n=200", ...extra]);
}

function resumed(spec: ExperimentSpec, stopAt: number): GenerationRecord[] {
  const records: GenerationRecord[] = [];
  let checkpoint: Checkpoint | null = null;
  for (const step of runGenerations(spec)) {
    records.push(step.record);
    if (step.record.t === stopAt) {
      checkpoint = JSON.parse(JSON.stringify(step.checkpoint)) as Checkpoint;
      break;
    }
  }
  for (const step of runGenerations(spec, { checkpoint: checkpoint! })) records.push(step.record);
  return records;
}

const cases: [string, string[]][] = [
  ["verifier-soft", []],
  ["verifier-learned", []],
  ["verifier-learned", ["data.regime=accumulate"]],
  ["verifier-threshold-alpha", []],
  ["verifier-reinforce", []],
  ["verifier-self-gaussian", ["data.alpha=0.2"]],
];

describe("resume", () => {
  for (const [name, extra] of cases) {
    it(`${name} ${extra.join(" ")}: resumed from t = 3 equals the uninterrupted run`, () => {
      const spec = small(name, extra);
      const whole = [...runGenerations(spec)].map((s) => s.record);
      expect(resumed(spec, 3)).toEqual(whole);
    });
  }
});

describe("seeds", () => {
  it("the same seed gives the same record; another seed, and the verifier's own seed, change it", () => {
    const one = [...runGenerations(small("verifier-threshold"))].map((s) => s.record);
    const again = [...runGenerations(small("verifier-threshold"))].map((s) => s.record);
    const other = [...runGenerations(small("verifier-threshold", ["seed=2"]))].map((s) => s.record);
    const spots = [...runGenerations(small("verifier-threshold", ["model.verifier.seed=4"]))].map(
      (s) => s.record,
    );
    expect(again).toEqual(one);
    expect(other).not.toEqual(one);
    expect(spots).not.toEqual(one);
  });
});
