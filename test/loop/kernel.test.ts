// Differential test: a family's flat-array kernel gives exactly what the per-replicate path gives.
import { describe, expect, it } from "vitest";
import { GAUSSIAN_KERNEL_CHUNK } from "../../src/families/gaussian/gaussianKernel.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

function collect(spec: ReturnType<typeof normaliseSpec>, kernels: boolean) {
  const records = [];
  const checkpoints = [];
  for (const step of runGenerations(spec, undefined, { kernels })) {
    records.push(step.record);
    checkpoints.push(step.checkpoint);
  }
  return { records, checkpoints };
}

const cases = [
  { regime: "replace", alpha: 0 },
  { regime: "replace", alpha: { schedule: "harmonic", a0: 0.7 } },
  { regime: "replace", alpha: 1 },
  { regime: "accumulate", alpha: 0.3 },
  { regime: "fixed-real", alpha: 0, lambda: 2.5 },
] as const;

describe("gaussian kernel", () => {
  for (const data of cases) {
    for (const estimator of ["mle", "unbiased"] as const) {
      it(`equals the per-replicate path: ${data.regime}, alpha ${JSON.stringify(data.alpha)}, ${estimator}`, () => {
        const spec = normaliseSpec({
          name: "kernel",
          seed: 11,
          replicates: 40,
          generations: 12,
          truth: { family: "gaussian", mean: 0.5, sd: 2 },
          model: { family: "gaussian", estimator },
          data: { n: 7, ...data },
          sampling: { temperature: 0.9 },
        });
        const fast = collect(spec, true);
        const slow = collect(spec, false);
        expect(fast.records).toEqual(slow.records);
        expect(fast.checkpoints).toEqual(slow.checkpoints);
      });
    }
  }

  for (const data of cases) {
    it(`equals the per-replicate path over several chunks of replicates: ${data.regime}, alpha ${JSON.stringify(data.alpha)}`, () => {
      const spec = normaliseSpec({
        name: "kernel-chunks",
        seed: 12,
        replicates: 2 * GAUSSIAN_KERNEL_CHUNK + 3,
        generations: 3,
        truth: { family: "gaussian", mean: -1, sd: 0.5 },
        data: { n: 9, ...data },
        sampling: { temperature: 1.1 },
      });
      const fast = collect(spec, true);
      const slow = collect(spec, false);
      expect(fast.records).toEqual(slow.records);
      expect(fast.checkpoints.at(-1)).toEqual(slow.checkpoints.at(-1));
    });
  }

  it("resumes from a checkpoint into the same records", () => {
    const spec = normaliseSpec({
      name: "kernel-resume",
      seed: 3,
      replicates: 25,
      generations: 10,
      truth: { family: "gaussian" },
      data: { n: 20, regime: "accumulate", alpha: 0.2 },
    });
    const full = collect(spec, true);
    const checkpoint = full.checkpoints[4]!;
    const resumed = [...runGenerations(spec, { checkpoint })].map((s) => s.record);
    expect(resumed).toEqual(full.records.slice(5));
  });
});

describe("discrete kernel", () => {
  const base = { name: "discrete-kernel", seed: 21, replicates: 7, generations: 9 } as const;
  const cases: [string, Record<string, unknown>][] = [
    ["categorical, alpha 0", { truth: { family: "categorical", k: 50 }, data: { n: 400 } }],
    [
      "categorical with zero cells, harmonic alpha (fresh data of changing size), 8 replicates",
      {
        replicates: 8,
        truth: { family: "categorical", probs: [0.3, 0, 0.2, 0.25, 0, 0.25] },
        data: { n: 60, alpha: { schedule: "harmonic", a0: 0.9 } },
      },
    ],
    [
      "temperature and reservoir, constant alpha",
      {
        truth: { family: "categorical", k: 40 },
        data: { n: 300, alpha: 0.3 },
        sampling: { temperature: 0.7, reservoir: 0.05 },
      },
    ],
    [
      "MAP under a Dirichlet prior",
      {
        truth: { family: "categorical", k: 30 },
        model: { family: "categorical", estimator: "map", prior: 2 },
        data: { n: 200, alpha: 0.1 },
      },
    ],
    [
      "n small against K (alias-table draws), fresh data too",
      {
        truth: { family: "categorical", k: 400 },
        data: { n: 30, alpha: 0.2 },
        sampling: { temperature: 1.3 },
      },
    ],
    ["bernoulli (an extra metric)", { truth: { family: "bernoulli", p: 0.3 }, data: { n: 25 } }],
    [
      "zipf vocabulary",
      { truth: { family: "zipf", m: 200, a: 1.1, b: 2 }, model: { family: "zipf" }, data: { n: 500 } },
    ],
  ];
  for (const [name, settings] of cases) {
    it(`equals the per-replicate path: ${name}`, () => {
      const spec = normaliseSpec({ ...base, ...settings });
      const fast = collect(spec, true);
      const slow = collect(spec, false);
      expect(fast.records).toEqual(slow.records);
      expect(fast.checkpoints).toEqual(slow.checkpoints);
    });
  }

  it("resumes from a checkpoint into the same records", () => {
    const spec = normaliseSpec({
      ...base,
      truth: { family: "categorical", k: 20 },
      data: { n: 100, alpha: 0.2 },
    });
    const full = collect(spec, true);
    const resumed = [...runGenerations(spec, { checkpoint: full.checkpoints[3]! })].map((s) => s.record);
    expect(resumed).toEqual(full.records.slice(4));
  });
});
