// The real loop through the store: a run that crashes at generation k and is resumed stores exactly what an
// uninterrupted run stores, for every family and regime whose checkpoints carry models and pools.
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/load.js";
import { type GenerationSource, RunFailedError, recordRun } from "../../src/store/recordRun.js";
import { resumeRun } from "../../src/store/resumeRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { tempStorePaths } from "./tempStorePath.js";

const newPath = tempStorePaths("ouro-resume-real-");

const base = { seed: 3, replicates: 40, generations: 8 };
const cases: Record<string, unknown>[] = [
  { name: "gaussian-replace", truth: { family: "gaussian" }, data: { n: 20, alpha: 0.25 } },
  { name: "gaussian-accumulate", truth: { family: "gaussian" }, data: { n: 20, regime: "accumulate" } },
  {
    name: "gaussian-subsample",
    truth: { family: "gaussian" },
    data: { n: 20, regime: "accumulate-subsample", alpha: { schedule: "harmonic", a0: 0.5 } },
  },
  {
    name: "gaussian-fixed-real",
    truth: { family: "gaussian" },
    data: { n: 20, regime: "fixed-real", lambda: 2 },
  },
  {
    name: "categorical-subsample",
    truth: { family: "categorical", probs: [0.5, 0.3, 0.2] },
    data: { n: 30, regime: "accumulate-subsample" },
    sampling: { temperature: 0.9, reservoir: 0.01 },
  },
  { name: "zipf", truth: { family: "zipf", m: 50, a: 1.1, b: 2.7 }, data: { n: 100 } },
  {
    name: "poisson-accumulate",
    truth: { family: "poisson", rate: 3 },
    data: { n: 30, regime: "accumulate" },
  },
  { name: "bernoulli", truth: { family: "bernoulli", p: 0.3 }, data: { n: 10 } },
  {
    name: "gmm",
    truth: { family: "gmm", weights: [0.5, 0.5], means: [-2, 2], sds: [1, 1] },
    model: { family: "gmm", components: 2, iterations: 20 },
    data: { n: 60, regime: "fixed-real", lambda: 1 },
  },
  {
    name: "mvgaussian",
    truth: {
      family: "mvgaussian",
      mean: [0, 1],
      cov: [
        [1, 0.5],
        [0.5, 2],
      ],
    },
    data: { n: 15, regime: "accumulate" },
  },
];

/** The loop, crashing (as kill -9 would stop it) when asked for generation `at`. */
function crashingAt(at: number): GenerationSource {
  return function* (spec, from) {
    for (const step of runGenerations(spec, from)) {
      if (step.record.t === at) throw new Error(`crash at ${at}`);
      yield step;
    }
  };
}

describe("resume with the real loop", () => {
  for (const input of cases) {
    it(`${input.name}: crash and resume equals an uninterrupted run`, () => {
      const spec = normaliseSpec({ ...base, ...input });
      const store = RunStore.open(newPath());
      const whole = recordRun(spec, runGenerations, () => store);
      const expected = JSON.stringify({ ...store.document(whole), run: "" });
      // Crash twice, at different points, resuming each time: both resumes start from stored checkpoints.
      let run = "";
      try {
        recordRun(spec, crashingAt(3), () => store);
      } catch (error) {
        run = (error as RunFailedError).run;
      }
      expect(store.run(run)).toMatchObject({ status: "failed", generations_done: 2 });
      expect(() => resumeRun(store, run, crashingAt(6), normaliseSpec)).toThrow(RunFailedError);
      expect(store.run(run)).toMatchObject({ status: "failed", generations_done: 5 });
      expect(resumeRun(store, run, runGenerations, normaliseSpec)).toMatchObject({
        outcome: "resumed",
        from: 5,
      });
      expect(JSON.stringify({ ...store.document(run), run: "" })).toBe(expected);
      store.close();
    });
  }
});
