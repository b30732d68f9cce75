// normaliseSpec: defaults filled in, and every bad input of issue 2 an InputError naming the key path, the value and what is allowed.

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InputError, type InputIssue } from "../../src/core/errors.js";
import type { Family } from "../../src/families/family.js";
import { families } from "../../src/families/registry.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const gaussian = { name: "g", truth: { family: "gaussian" }, data: { n: 10 } };
const categorical = { name: "c", truth: { family: "categorical", probs: [0.2, 0.8] }, data: { n: 10 } };

function with_(base: unknown, patch: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(".");
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  }
  return out;
}

function rejection(input: unknown): InputError {
  try {
    normaliseSpec(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

/** The spec is rejected with an issue at `path` whose one-line message shows the value and what is allowed. */
function expectIssue(input: unknown, path: string, value: unknown, allowed: RegExp): InputIssue {
  const error = rejection(input);
  const issue = error.issues.find((i) => i.path === path);
  expect(issue, `issues: ${error.message}`).toBeDefined();
  expect(issue!.value).toEqual(value);
  expect(issue!.allowed).toMatch(allowed);
  expect(error.message).not.toContain("\n");
  const shown = value === undefined ? "nothing" : JSON.stringify(value);
  expect(error.message).toContain(`${path}: got ${shown}; allowed: `);
  expect(error.exitCode).toBe(2);
  return issue!;
}

describe("normaliseSpec defaults", () => {
  it("fills every default of the contract", () => {
    expect(normaliseSpec(gaussian)).toEqual({
      name: "g",
      seed: 0,
      replicates: 100,
      generations: 10,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian", estimator: "mle" },
      data: { n: 10, regime: "replace", alpha: { schedule: "constant", value: 0 }, lambda: 1 },
      sampling: { temperature: 1, reservoir: 0 },
    });
  });

  it("keeps seed 0 as 0 and any other seed as given", () => {
    expect(normaliseSpec(with_(gaussian, { seed: 0 })).seed).toBe(0);
    expect(normaliseSpec(with_(gaussian, { seed: 17 })).seed).toBe(17);
    expect(normaliseSpec(with_(gaussian, { seed: 2 ** 53 - 1 })).seed).toBe(2 ** 53 - 1);
  });

  it("keeps given values over defaults, a number alpha becoming a constant schedule", () => {
    const spec = normaliseSpec(
      with_(categorical, {
        replicates: 3,
        generations: 4,
        "data.alpha": 0.25,
        "data.regime": "accumulate",
        "model.family": "categorical",
        "model.estimator": "map",
        "model.prior": 2,
        "sampling.temperature": 0.5,
      }),
    );
    expect(spec.data.alpha).toEqual({ schedule: "constant", value: 0.25 });
    expect(spec.model).toEqual({ family: "categorical", estimator: "map", prior: 2 });
    expect(spec.sampling).toEqual({ temperature: 0.5, reservoir: 0 });
    expect(spec.truth).toEqual({ family: "categorical", probs: [0.2, 0.8] });
    expect([spec.replicates, spec.generations, spec.data.regime]).toEqual([3, 4, "accumulate"]);
  });

  it("keeps schedules as given", () => {
    for (const alpha of [
      { schedule: "harmonic", a0: 0.5 },
      { schedule: "power", a0: 0.5, p: 2 },
      { schedule: "exponential", a0: 0.5, rate: 0.1 },
      { schedule: "list", values: [0.5, 0.25, 0] },
    ]) {
      expect(normaliseSpec(with_(gaussian, { "data.alpha": alpha })).data.alpha).toEqual(alpha);
    }
  });

  it("is idempotent and JSON-safe: a stored spec normalises to itself", () => {
    for (const input of [
      gaussian,
      categorical,
      with_(gaussian, { "data.alpha": { schedule: "harmonic", a0: 1 } }),
    ]) {
      const once = normaliseSpec(input);
      expect(normaliseSpec(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }
  });
});

describe("normaliseSpec rejects bad input", () => {
  it("an unknown key, at the top level and nested, listing the keys allowed", () => {
    expectIssue(
      with_(gaussian, { nme: "x" }),
      "nme",
      "x",
      /name.*seed.*replicates.*generations.*truth.*data/,
    );
    expectIssue(with_(gaussian, { "data.nn": 3 }), "data.nn", 3, /n, regime, alpha, lambda/);
    expectIssue(with_(gaussian, { "sampling.temp": 2 }), "sampling.temp", 2, /temperature, reservoir/);
    expectIssue(with_(gaussian, { "truth.sdd": 2 }), "truth.sdd", 2, /mean, sd/);
    expectIssue(
      with_(gaussian, { "model.family": "gaussian", "model.est": "mle" }),
      "model.est",
      "mle",
      /estimator/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "harmonic", a0: 0.5, b: 1 } }),
      "data.alpha.b",
      1,
      /schedule, a0/,
    );
  });

  it("a wrong type", () => {
    expectIssue(with_(gaussian, { "data.n": "ten" }), "data.n", "ten", /integer >= 1/);
    expectIssue(with_(gaussian, { replicates: "many" }), "replicates", "many", /integer >= 1/);
    expectIssue(with_(gaussian, { name: 5 }), "name", 5, /name/);
    expectIssue(with_(gaussian, { truth: "gaussian" }), "truth", "gaussian", /object with a family/);
    expectIssue(with_(gaussian, { "truth.sd": "1" }), "truth.sd", "1", /standard deviation > 0/);
    expectIssue(
      with_(gaussian, { "data.regime": "replay" }),
      "data.regime",
      "replay",
      /replace.*accumulate.*fixed-real/,
    );
    for (const root of [null, [], "spec", 3]) expect(rejection(root).message).toMatch(/\(root\)|name/);
  });

  it("n <= 0 and other out-of-range integers", () => {
    expectIssue(with_(gaussian, { "data.n": 0 }), "data.n", 0, /integer >= 1/);
    expectIssue(with_(gaussian, { "data.n": -5 }), "data.n", -5, /integer >= 1/);
    expectIssue(with_(gaussian, { "data.n": 2.5 }), "data.n", 2.5, /integer >= 1/);
    expectIssue(with_(gaussian, { generations: 0 }), "generations", 0, /integer >= 1/);
    expectIssue(with_(gaussian, { seed: -1 }), "seed", -1, /integer/);
    expectIssue(with_(gaussian, { seed: 1.5 }), "seed", 1.5, /integer/);
    expectIssue(with_(gaussian, { seed: 2 ** 53 }), "seed", 2 ** 53, /2\^53/);
    expectIssue(with_(gaussian, { "sampling.temperature": 0 }), "sampling.temperature", 0, /> 0/);
    expectIssue(with_(gaussian, { "data.lambda": 0 }), "data.lambda", 0, /> 0/);
    expectIssue(with_(gaussian, { "truth.sd": 0 }), "truth.sd", 0, /> 0/);
  });

  it("alpha outside [0, 1], as a number and inside every kind of schedule", () => {
    expectIssue(with_(gaussian, { "data.alpha": 1.5 }), "data.alpha", 1.5, /\[0, 1\]/);
    expectIssue(with_(gaussian, { "data.alpha": -0.1 }), "data.alpha", -0.1, /\[0, 1\]/);
    expectIssue(with_(gaussian, { "data.alpha": "half" }), "data.alpha", "half", /\[0, 1\] or a schedule/);
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "harmonic", a0: 2 } }),
      "data.alpha.a0",
      2,
      /\[0, 1\]/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "power", a0: -1, p: 2 } }),
      "data.alpha.a0",
      -1,
      /\[0, 1\]/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "exponential", a0: 0.5, rate: -1 } }),
      "data.alpha.rate",
      -1,
      />= 0/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "list", values: [0.1, 1.5] } }),
      "data.alpha.values.1",
      1.5,
      /\[0, 1\]/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "list", values: [] } }),
      "data.alpha.values",
      [],
      /non-empty/,
    );
    expectIssue(
      with_(gaussian, { "data.alpha": { schedule: "cosine", a0: 0.5 } }),
      "data.alpha",
      { schedule: "cosine", a0: 0.5 },
      /schedule: constant\|harmonic\|power\|exponential\|list/,
    );
  });

  it("probabilities that do not sum to 1, or that are not probabilities", () => {
    expectIssue(
      with_(categorical, { "truth.probs": [0.5, 0.6] }),
      "truth.probs",
      [0.5, 0.6],
      /summing to 1.*1\.1/,
    );
    expectIssue(with_(categorical, { "truth.probs": [0.5, 0.4] }), "truth.probs", [0.5, 0.4], /summing to 1/);
    expectIssue(
      with_(categorical, { "truth.probs": [1.5, -0.5] }),
      "truth.probs.0",
      1.5,
      /probability in \[0, 1\]/,
    );
    expectIssue(
      with_(categorical, { "truth.k": 3 }),
      "truth",
      { probs: [0.2, 0.8], k: 3 },
      /exactly one of probs/,
    );
    expectIssue(
      with_({ name: "b", truth: { family: "bernoulli" }, data: { n: 5 } }, { "truth.p": 1.2 }),
      "truth.p",
      1.2,
      /\[0, 1\]/,
    );
  });

  it("K too large for memory, saying how much would be needed and how many outcomes fit", () => {
    const huge = { name: "k", truth: { family: "categorical", k: 1e9 }, data: { n: 10 } };
    expectIssue(huge, "truth.k", 1e9, /GiB.*at most \d+ outcomes for 100 replicates/);
    expectIssue({ name: "z", truth: { family: "zipf", m: 1e9 }, data: { n: 10 } }, "truth.m", 1e9, /GiB/);
    // The bound depends on the replicates: a K that fits for 1 replicate does not for 10^4.
    const k = { name: "k", truth: { family: "categorical", k: 1e7 }, data: { n: 10 } };
    expect(normaliseSpec(with_(k, { replicates: 1 })).truth).toEqual({ family: "categorical", k: 1e7 });
    expectIssue(with_(k, { replicates: 10_000 }), "truth.k", 1e7, /for 10000 replicates/);
  });

  it("an unknown family, at the key the user wrote, listing the known ones", () => {
    const known = new RegExp(families.names().join(", "));
    expectIssue(with_(gaussian, { "truth.family": "gausian" }), "truth.family", "gausian", known);
    expectIssue(with_(gaussian, { "model.family": "gpt" }), "model.family", "gpt", known);
    expect(families.names()).toEqual(
      expect.arrayContaining(["bernoulli", "categorical", "gaussian", "zipf"]),
    );
  });

  it("a truth family the model cannot learn", () => {
    expectIssue(
      with_(gaussian, { "model.family": "categorical" }),
      "truth.family",
      "gaussian",
      /categorical/,
    );
  });

  it("fixed-real with alpha > 0, as a number or a schedule", () => {
    const fixed = with_(gaussian, { "data.regime": "fixed-real" });
    expect(normaliseSpec(fixed).data.regime).toBe("fixed-real");
    expectIssue(with_(fixed, { "data.alpha": 0.1 }), "data.alpha", 0.1, /0 with regime fixed-real.*lambda/);
    expectIssue(
      with_(fixed, { "data.alpha": { schedule: "harmonic", a0: 0.5 } }),
      "data.alpha",
      { schedule: "harmonic", a0: 0.5 },
      /0 with regime fixed-real/,
    );
  });

  it("a reservoir the family does not support (gaussian)", () => {
    expectIssue(
      with_(gaussian, { "sampling.reservoir": 0.1 }),
      "sampling.reservoir",
      0.1,
      /0 \(family gaussian/,
    );
    expectIssue(with_(categorical, { "sampling.reservoir": 1.5 }), "sampling.reservoir", 1.5, /\[0, 1\]/);
  });

  it("a regime, temperature or reservoir a family without those capabilities does not support", () => {
    // Every registered family supports subsampling and temperature, so a bare family is registered for this file.
    const bare: Family<Record<string, never>, Record<string, never>> = {
      name: "bare-test-family",
      truthFamilies: ["bare-test-family"],
      capabilities: { subsample: false, temperature: false, reservoir: false },
      truthSchema: () => z.strictObject({}),
      modelSchema: z.strictObject({}),
      create: () => {
        throw new Error("not used");
      },
    };
    if (!families.has(bare.name)) families.register(bare.name, bare as unknown as Family<never, never>);
    const spec = { name: "b", truth: { family: bare.name }, data: { n: 5 } };
    expect(normaliseSpec(spec).model).toEqual({ family: bare.name });
    expectIssue(
      with_(spec, { "data.regime": "accumulate-subsample" }),
      "data.regime",
      "accumulate-subsample",
      /replace, accumulate, fixed-real/,
    );
    expectIssue(
      with_(spec, { "sampling.temperature": 2 }),
      "sampling.temperature",
      2,
      /1 \(family bare-test-family/,
    );
    expectIssue(
      with_(spec, { "sampling.reservoir": 0.2 }),
      "sampling.reservoir",
      0.2,
      /0 \(family bare-test-family/,
    );
  });

  it("reports every problem of a spec at once", () => {
    const error = rejection(with_(gaussian, { "data.n": 0, replicates: 0, extra: true }));
    expect(error.issues.map((i) => i.path).sort()).toEqual(["data.n", "extra", "replicates"]);
    const later = rejection(
      with_(gaussian, {
        "sampling.temperature": 1,
        "sampling.reservoir": 0.3,
        "data.regime": "fixed-real",
        "data.alpha": 0.5,
      }),
    );
    expect(later.issues.map((i) => i.path).sort()).toEqual(["data.alpha", "sampling.reservoir"]);
  });

  it("a missing required key", () => {
    expectIssue({ truth: { family: "gaussian" }, data: { n: 1 } }, "name", undefined, /name/);
    expectIssue({ name: "x", truth: { family: "gaussian" }, data: {} }, "data.n", undefined, /integer >= 1/);
    expectIssue({ name: "x", data: { n: 1 } }, "truth", undefined, /object with a family/);
  });
});
