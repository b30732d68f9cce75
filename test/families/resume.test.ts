// The new families through the loop: same seed, same records; another seed, other records; a resume from a JSON checkpoint equals the uninterrupted run.
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import type { Checkpoint, GenerationRecord } from "../../src/loop/types.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const specs: Record<string, Record<string, unknown>> = {
  poisson: {
    truth: { family: "poisson", rate: 2.5 },
    data: { n: 30, regime: "accumulate-subsample", alpha: 0.2 },
  },
  mvgaussian: {
    truth: {
      family: "mvgaussian",
      mean: [0, 1],
      cov: [
        [1, 0.3],
        [0.3, 2],
      ],
    },
    data: { n: 12, regime: "accumulate", alpha: 0.1 },
    sampling: { temperature: 0.9 },
  },
  gmm: {
    truth: { family: "gmm", weights: [0.4, 0.6], means: [-1, 2], sds: [0.5, 1] },
    data: { n: 60, regime: "accumulate-subsample" },
  },
};

function records(input: Record<string, unknown>, seed: number): GenerationRecord[] {
  return [...runGenerations(normaliseSpec({ name: "r", replicates: 4, generations: 5, seed, ...input }))].map(
    (s) => s.record,
  );
}

describe.each(Object.entries(specs))("%s in the loop", (_name, input) => {
  it("gives the same records for the same seed and other records for another", () => {
    const a = records(input, 7);
    expect(records(input, 7)).toEqual(a);
    expect(records(input, 8)).not.toEqual(a);
  });

  it("resumes from a JSON checkpoint exactly", () => {
    const spec = normaliseSpec({ name: "r", replicates: 4, generations: 5, seed: 7, ...input });
    let checkpoint: Checkpoint | null = null;
    for (const step of runGenerations(spec)) {
      if (step.record.t === 2) {
        checkpoint = JSON.parse(JSON.stringify(step.checkpoint)) as Checkpoint;
        break;
      }
    }
    const resumed = [...runGenerations(spec, { checkpoint: checkpoint! })].map((s) => s.record);
    expect(resumed).toEqual(records(input, 7).slice(3));
  });
});
