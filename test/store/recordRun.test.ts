// recordRun / resumeRun over a deterministic fake loop: nothing written on early failure, failed runs, exact resumes.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Checkpoint } from "../../src/loop/types.js";
import type { ExperimentSpec } from "../../src/spec/types.js";
import { type GenerationSource, RunFailedError, recordRun } from "../../src/store/recordRun.js";
import { resumeRun } from "../../src/store/resumeRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { fakeLoop, fakeSpec } from "./fakeLoop.js";
import { tempStorePaths } from "./tempStorePath.js";

const newPath = tempStorePaths();
const loop: GenerationSource = (spec, from) => fakeLoop(spec, from);
const failingAt =
  (failAt: number): GenerationSource =>
  (spec, from) =>
    fakeLoop(spec, from, { failAt });
const identity = (input: unknown) => input as ExperimentSpec;

function withoutRun(document: { run: string }): unknown {
  return { ...document, run: "" };
}

describe("recordRun", () => {
  it("stores every generation and marks the run done, reporting progress", () => {
    const path = newPath();
    const store = RunStore.open(path);
    const seen: number[] = [];
    const run = recordRun(fakeSpec(), loop, () => store, { onGeneration: (p) => seen.push(p.t) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(store.run(run)).toMatchObject({ status: "done", generations_done: 6 });
    expect(store.generations(run)).toEqual([...fakeLoop(fakeSpec())].map((s) => s.record));
    store.close();
  });

  it("opens nothing when the loop rejects the spec at t = 0", () => {
    const path = newPath();
    expect(() => recordRun(fakeSpec(), failingAt(0), () => RunStore.open(path))).toThrow(/fake failure/);
    expect(existsSync(path)).toBe(false);
  });

  it("marks a run that fails later as failed, keeping what it stored", () => {
    const store = RunStore.open(newPath());
    let error: unknown;
    try {
      recordRun(fakeSpec(), failingAt(4), () => store);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunFailedError);
    const run = (error as RunFailedError).run;
    expect(store.run(run)).toMatchObject({ status: "failed", generations_done: 3 });
    expect(store.run(run).error).toMatch(/fake failure at generation 4/);
    store.close();
  });

  it("marks a loop that stops early as failed", () => {
    const store = RunStore.open(newPath());
    const short: GenerationSource = (spec, from) => [...fakeLoop(spec, from)].slice(0, 3);
    expect(() => recordRun(fakeSpec(), short, () => store)).toThrow(/stopped after generation 2 of 6/);
    expect(store.runs()[0]).toMatchObject({ status: "failed", generations_done: 2 });
    store.close();
  });
});

describe("resumeRun", () => {
  for (const failAt of [1, 2, 5, 6]) {
    it(`continues a run that failed at t = ${failAt} to the document of an uninterrupted run`, () => {
      const store = RunStore.open(newPath());
      const whole = recordRun(fakeSpec(), loop, () => store);
      let broken = "";
      try {
        recordRun(fakeSpec(), failingAt(failAt), () => store);
      } catch (error) {
        broken = (error as RunFailedError).run;
      }
      const resumedFrom: (number | null)[] = [];
      const tracking: GenerationSource = (spec, from) => {
        resumedFrom.push(from?.checkpoint.t ?? null);
        return fakeLoop(spec, from);
      };
      const outcome = resumeRun(store, broken, tracking, identity);
      expect(outcome).toEqual({ run: broken, outcome: "resumed", from: failAt - 1 });
      expect(resumedFrom).toEqual([failAt === 1 ? null : failAt - 1]);
      expect(store.run(broken)).toMatchObject({ status: "done", error: null, generations_done: 6 });
      expect(JSON.stringify(withoutRun(store.document(broken)))).toBe(
        JSON.stringify(withoutRun(store.document(whole))),
      );
      store.close();
    });
  }

  it("leaves a finished run alone", () => {
    const store = RunStore.open(newPath());
    const run = recordRun(fakeSpec(), loop, () => store);
    const never: GenerationSource = () => {
      throw new Error("should not run");
    };
    expect(resumeRun(store, run, never, identity)).toEqual({ run, outcome: "done", from: 6 });
    store.close();
  });

  it("refuses a stored spec that this version would normalise differently", () => {
    const store = RunStore.open(newPath());
    let run = "";
    try {
      recordRun(fakeSpec(), failingAt(3), () => store);
    } catch (error) {
      run = (error as RunFailedError).run;
    }
    const changed = (input: unknown) => ({ ...(input as ExperimentSpec), replicates: 99 });
    expect(() => resumeRun(store, run, loop, changed)).toThrow(/normalises unchanged/);
    expect(store.run(run).status).toBe("failed");
    store.close();
  });

  it("resumes from the checkpoint exactly as stored (the loop sees the same Float64Array bits)", () => {
    const store = RunStore.open(newPath());
    let run = "";
    try {
      recordRun(fakeSpec(), failingAt(4), () => store);
    } catch (error) {
      run = (error as RunFailedError).run;
    }
    let seen: Checkpoint | undefined;
    resumeRun(
      store,
      run,
      (spec, from) => {
        seen = from?.checkpoint;
        return fakeLoop(spec, from);
      },
      identity,
    );
    expect(seen).toEqual([...fakeLoop(fakeSpec())][3]!.checkpoint);
    store.close();
  });
});
