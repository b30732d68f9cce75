// Splitting replicates over threads changes no number: records and checkpoints equal the one-thread run.
import { describe, expect, it } from "vitest";
import { shardWorkerFile, splitReplicates } from "../../src/loop/parallel/createShardPool.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

function collect(
  spec: ReturnType<typeof normaliseSpec>,
  threads: number,
  from?: Parameters<typeof runGenerations>[1],
) {
  const records = [];
  const checkpoints = [];
  for (const step of runGenerations(spec, from, { threads })) {
    records.push(step.record);
    checkpoints.push(step.checkpoint);
  }
  return { records, checkpoints };
}

describe("splitReplicates", () => {
  it("covers every replicate once, in order, as evenly as possible", () => {
    for (const [r, w] of [
      [10, 3],
      [2, 5],
      [1, 1],
      [100000, 2],
    ] as const) {
      const parts = splitReplicates(r, w);
      expect(parts.reduce((a, p) => a + p.size, 0)).toBe(r);
      for (const [i, p] of parts.entries()) {
        expect(p.first).toBe(i === 0 ? 0 : parts[i - 1]!.first + parts[i - 1]!.size);
      }
      const sizes = parts.map((p) => p.size);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

const workerBuilt = shardWorkerFile() !== null;
if (!workerBuilt)
  console.warn("threads.test: dist/loop/parallel/shardWorker.js is missing (run npm run build); skipping");

describe.skipIf(!workerBuilt)("runGenerations with threads", () => {
  const specs = [
    { truth: { family: "gaussian", sd: 1.5 }, data: { n: 30, alpha: 0.2 } },
    {
      truth: { family: "categorical", k: 6 },
      data: { n: 40, regime: "accumulate" },
      sampling: { reservoir: 0.01 },
    },
    { truth: { family: "poisson", rate: 3 }, data: { n: 20 } },
  ];
  for (const extra of specs) {
    it(`gives the one-thread records and checkpoints: ${extra.truth.family}`, () => {
      const spec = normaliseSpec({ name: "threads", seed: 5, replicates: 23, generations: 6, ...extra });
      const one = collect(spec, 1);
      const three = collect(spec, 3);
      expect(three.records).toEqual(one.records);
      expect(three.checkpoints).toEqual(one.checkpoints);
      const resumed = collect(spec, 2, { checkpoint: one.checkpoints[3]! });
      expect(resumed.records).toEqual(one.records.slice(4));
    });
  }

  it("reports a failure in a worker as an error instead of hanging", () => {
    const spec = normaliseSpec({
      name: "bad",
      seed: 1,
      replicates: 4,
      generations: 2,
      truth: { family: "gaussian" },
      data: { n: 5, regime: "accumulate-subsample" },
    });
    const good = { model: { mean: 0, var: 1 }, pool: { count: 0, mean: 0, m2: 0, values: "" } };
    // Only the second shard (replicates 2 and 3, on the worker) holds a state that cannot be decoded.
    const bad = { model: { mean: 0, var: 1 }, pool: { count: 1, mean: 0, m2: 0, values: 42 } };
    const checkpoint = { t: 1, replicates: [good, good, bad, bad] };
    expect(() => collect(spec, 2, { checkpoint })).toThrow(/replicate shard 2\.\.3 failed to start/);
  });
});
