// Sweep planning: the product of the axes, ranges, seeds, and every bad input refused before any work.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { axisValues } from "../../src/sweep/axisValues.js";
import { cellHash } from "../../src/sweep/cellHash.js";
import { planSweep } from "../../src/sweep/planSweep.js";
import { setKeyPath } from "../../src/sweep/setKeyPath.js";
import { tempStorePaths } from "../store/tempStorePath.js";

const base = {
  name: "g",
  replicates: 50,
  generations: 5,
  truth: { family: "gaussian", mean: 0, sd: 1 },
  data: { n: 20 },
};

function inputIssue(fn: () => unknown): { message: string; paths: string[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError)
      return { message: error.message, paths: error.issues.map((i) => i.path) };
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("planSweep: cells", () => {
  const plan = planSweep(
    { base, axes: { "data.alpha": [0, 0.5], "data.n": [10, 20, 30] }, seeds: [1, 2] },
    ".",
  );

  it("is the product of the axes, first axis slowest and seeds fastest", () => {
    expect(plan.kind).toBe("experiment");
    expect(plan.cells).toHaveLength(12);
    expect(plan.cells.slice(0, 3).map((c) => c.params)).toEqual([
      { "data.alpha": 0, "data.n": 10, seed: 1 },
      { "data.alpha": 0, "data.n": 10, seed: 2 },
      { "data.alpha": 0, "data.n": 20, seed: 1 },
    ]);
    expect(plan.cells[11]!.params).toEqual({ "data.alpha": 0.5, "data.n": 30, seed: 2 });
    expect(plan.cells.map((c) => c.index)).toEqual([...Array(12).keys()]);
  });

  it("gives each cell its normalised spec with the swept values set", () => {
    const cell = plan.cells[11]!;
    if (cell.task.kind !== "experiment") throw new Error("expected an experiment cell");
    expect(cell.task.spec.seed).toBe(2);
    expect(cell.task.spec.data.n).toBe(30);
    expect(cell.task.spec.data.alpha).toEqual({ schedule: "constant", value: 0.5 });
    expect(cell.task.spec.model).toEqual({ family: "gaussian", estimator: "mle" });
  });

  it("names cells by content: equal specs give equal hashes and the same sweep id; every value changes them", () => {
    const again = planSweep(
      { base, axes: { "data.alpha": [0, 0.5], "data.n": [10, 20, 30] }, seeds: [1, 2] },
      ".",
    );
    expect(again.id).toBe(plan.id);
    expect(again.cells.map((c) => c.hash)).toEqual(plan.cells.map((c) => c.hash));
    expect(new Set(plan.cells.map((c) => c.hash)).size).toBe(12);
    expect(plan.id).toMatch(/^s[0-9a-f]{16}$/);
    const other = planSweep(
      { base, axes: { "data.alpha": [0, 0.5], "data.n": [10, 20, 30] }, seeds: [1, 3] },
      ".",
    );
    expect(other.id).not.toBe(plan.id);
    const cell = plan.cells[0]!;
    expect(cellHash(cell.task)).toBe(cell.hash);
    expect(cellHash(cell.task, "0.0.0-other")).not.toBe(cell.hash);
  });

  it("a sweep without axes is its base alone", () => {
    expect(planSweep({ base }, ".").cells).toHaveLength(1);
  });

  it("sweeps keys left to their defaults and keys inside a normalised value", () => {
    const defaults = planSweep(
      { base, axes: { "sampling.temperature": [1], "data.alpha.value": [0.25] } },
      ".",
    );
    const task = defaults.cells[0]!.task;
    if (task.kind !== "experiment") throw new Error("expected an experiment cell");
    expect(task.spec.data.alpha).toEqual({ schedule: "constant", value: 0.25 });
    expect(setKeyPath({ a: 1 }, "b.c", 2, { b: { c: 0, d: 3 } })).toEqual({ a: 1, b: { c: 2, d: 3 } });
  });

  it("lets the axes complete a base spec (data.n left to an axis)", () => {
    const { data: _data, ...incomplete } = base;
    const plan = planSweep(
      { base: { ...incomplete, data: { regime: "replace" } }, axes: { "data.n": [10, 20] } },
      ".",
    );
    expect(plan.cells.map((c) => c.task.kind === "experiment" && c.task.spec.data.n)).toEqual([10, 20]);
    expect(inputIssue(() => planSweep({ base: { ...incomplete, data: {} } }, ".")).paths).toEqual([
      "base.data.n",
    ]);
  });

  it("reads a base spec given as a path relative to the sweep file", () => {
    const path = tempStorePaths("ouro-sweep-plan-")("base.yaml");
    writeFileSync(path, JSON.stringify(base));
    expect(planSweep({ base: "base.yaml", seeds: { from: 1, count: 3 } }, dirname(path)).cells).toHaveLength(
      3,
    );
  });
});

describe("axisValues", () => {
  it("expands lists and the three range forms, tidying float steps", () => {
    expect(axisValues("a", [3, "x", { schedule: "harmonic", a0: 0.5 }])).toHaveLength(3);
    expect(axisValues("a", { from: 0, to: 1, step: 0.1 })).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(axisValues("a", { from: 10, to: 100, count: 4 })).toEqual([10, 40, 70, 100]);
    expect(axisValues("a", { from: 5, count: 3 })).toEqual([5, 6, 7]);
    expect(axisValues("a", { from: 1, to: 3 })).toEqual([1, 2, 3]);
    expect(axisValues("a", { from: 3, to: 1, step: -1 })).toEqual([3, 2, 1]);
    expect(axisValues("a", { from: 3, to: 1 })).toEqual([]);
    expect(axisValues("a", { from: 0, to: 1, count: 1 })).toEqual([0]);
  });

  it("refuses a zero step, an ambiguous range and a runaway range", () => {
    expect(inputIssue(() => axisValues("a", { from: 0, to: 1, step: 0 })).paths).toEqual(["a.step"]);
    expect(inputIssue(() => axisValues("a", { from: 0, to: 1, step: 1, count: 2 })).paths).toEqual(["a"]);
    expect(inputIssue(() => axisValues("a", { from: 0, to: 1, step: 1e-9 })).message).toMatch(/at most/);
  });
});

describe("planSweep: bad input, before any work", () => {
  it("an axis on a key the base spec lacks names it and lists the keys that exist", () => {
    const { message, paths } = inputIssue(() => planSweep({ base, axes: { "data.nn": [1, 2] } }, "."));
    expect(paths).toEqual(["axes.data.nn"]);
    expect(message).toMatch(/unknown axis/);
    for (const key of [
      "data.n",
      "data.alpha",
      "truth.sd",
      "model.estimator",
      "sampling.temperature",
      "seed",
    ]) {
      expect(message).toContain(key);
    }
  });

  it("an empty product names the empty axis", () => {
    const empty = inputIssue(() => planSweep({ base, axes: { "data.n": [10], "data.alpha": [] } }, "."));
    expect(empty.message).toMatch(/empty product/);
    expect(empty.paths).toEqual(["axes.data.alpha"]);
    const range = inputIssue(() => planSweep({ base, seeds: { from: 5, to: 1 } }, "."));
    expect(range.paths).toEqual(["seeds"]);
  });

  it("an invalid cell is named with its parameters and the spec's issue", () => {
    const { message, paths } = inputIssue(() => planSweep({ base, axes: { "data.alpha": [0.5, 2] } }, "."));
    expect(message).toMatch(/invalid cell 1 \(data\.alpha=2\)/);
    expect(paths).toEqual(["data.alpha"]);
  });

  it("duplicate cells, an invalid base, unknown keys, seeds twice, and CTM sweeps with axes are refused", () => {
    expect(inputIssue(() => planSweep({ base, axes: { "data.n": [10, 10] } }, ".")).message).toMatch(
      /duplicate cells.*cell 1 has the same normalised spec as cell 0/,
    );
    expect(inputIssue(() => planSweep({ base: { ...base, replicates: 0 } }, ".")).paths).toEqual([
      "base.replicates",
    ]);
    expect(inputIssue(() => planSweep({ base, axis: {} }, ".")).paths).toEqual(["axis"]);
    expect(inputIssue(() => planSweep({ base, axes: { seed: [1] }, seeds: [2] }, ".")).paths).toEqual([
      "axes.seed",
    ]);
    expect(inputIssue(() => planSweep({ ctm: { states: 2 }, seeds: [1] }, ".")).paths).toEqual(["seeds"]);
    expect(inputIssue(() => planSweep({ ctm: { states: 9 } }, ".")).paths).toEqual(["ctm.states"]);
    expect(inputIssue(() => planSweep({ name: "x" }, ".")).paths).toEqual(["base"]);
    expect(inputIssue(() => planSweep({ base: "no-such-file.yaml" }, "/nonexistent")).paths).toEqual([
      "base",
    ]);
  });
});

describe("planSweep: the CTM enumeration", () => {
  it("makes one cell per work unit, named by its prefix", () => {
    const plan = planSweep({ ctm: { states: 3 } }, ".");
    expect(plan.kind).toBe("ctm");
    expect(plan.name).toBe("ctm-3-2");
    expect(plan.ctm?.space).toEqual({ states: 3, symbols: 2, maxSteps: 21 });
    expect(plan.cells.length).toBeGreaterThan(1);
    expect(plan.cells[0]!.params).toEqual({ unit: 0, prefix: expect.any(String) });
  });
});
