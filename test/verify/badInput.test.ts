// Bad input to the verified families (issue 6): rates outside [0, 1], an empty answer set, a verifier that accepts
// nothing (refused at validation when the spec says so; otherwise the run stops, and a stored run is marked failed).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import { RunFailedError, recordRun } from "../../src/store/recordRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { tempStorePaths } from "../store/tempStorePath.js";

const newPath = tempStorePaths("ouro-verify-");

function answers(model: Record<string, unknown>, truth: Record<string, unknown> = {}) {
  return {
    name: "bad",
    replicates: 2,
    generations: 3,
    truth: { family: "answers", questions: 4, candidates: 3, ...truth },
    model: { family: "answer-policy", verifier: { kind: "perfect" }, ...model },
    data: { n: 40 },
  };
}

function issuesOf(input: unknown) {
  try {
    normaliseSpec(input);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error("the spec was accepted");
}

describe("validation", () => {
  it("refuses rates outside [0, 1], naming the key, the value and what is allowed", () => {
    const issues = issuesOf(
      answers({ verifier: { kind: "threshold", false_positive: 1.5, false_negative: -0.1 } }),
    );
    expect(issues).toContainEqual({
      path: "model.verifier.false_positive",
      value: 1.5,
      allowed: "a number in [0, 1]",
    });
    expect(issues.map((i) => i.path)).toContain("model.verifier.false_negative");
    const gaussian = issuesOf({
      name: "bad",
      truth: { family: "gaussian" },
      model: {
        family: "gaussian-policy",
        verifier: { kind: "threshold", false_positive: 2, false_negative: 0 },
      },
      data: { n: 10 },
    });
    expect(gaussian.map((i) => i.path)).toEqual(["model.verifier.false_positive"]);
  });

  it("refuses an empty answer set and answers outside it", () => {
    expect(issuesOf(answers({}, { candidates: 0 })).map((i) => i.path)).toEqual(["truth.candidates"]);
    const empty = issuesOf(answers({}, { questions: undefined, correct: [] }));
    expect(empty[0]).toMatchObject({ path: "truth.correct", allowed: "a non-empty list of answer indices" });
    expect(issuesOf(answers({}, { questions: undefined, correct: [0, 3] }))[0]).toMatchObject({
      path: "truth.correct.1",
      value: 3,
    });
  });

  it("refuses a verifier that can accept nothing, and an unknown verifier", () => {
    const issues = issuesOf(
      answers({ verifier: { kind: "threshold", false_positive: 0, false_negative: 1 } }),
    );
    expect(issues[0]!.path).toBe("model.verifier");
    expect(issues[0]!.allowed).toMatch(/accepts something/);
    expect(issuesOf(answers({ verifier: { kind: "oracle" } }))[0]!.path).toBe("model.verifier.kind");
    expect(issuesOf(answers({ verifier: undefined }))[0]!.path).toBe("model.verifier");
  });
});

describe("a verifier that accepts nothing at run time", () => {
  const spec = normaliseSpec({
    name: "rejects-all",
    replicates: 3,
    generations: 4,
    truth: { family: "gaussian", mean: 0, sd: 1 },
    model: { family: "gaussian-policy", verifier: { kind: "soft", centre: 100, tau: 0.1 } },
    data: { n: 50 },
  });

  it("stops the loop with a clear message instead of dividing by zero", () => {
    expect(() => [...runGenerations(spec)]).toThrow(/the verifier accepted nothing.*none of 50/);
  });

  it("marks a stored run failed with that message", () => {
    const path = newPath();
    let store: RunStore | undefined;
    const open = () => {
      store ??= RunStore.open(path);
      return store;
    };
    try {
      expect(() => recordRun(spec, runGenerations, open)).toThrow(RunFailedError);
      const [run] = open().runs();
      expect(run).toMatchObject({ status: "failed", generations_done: 0 });
      expect(run!.error).toMatch(/the verifier accepted nothing/);
    } finally {
      store?.close();
    }
  });
});
