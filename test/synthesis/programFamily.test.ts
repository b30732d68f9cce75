import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

function last(spec: object) {
  let record: { metrics: Record<string, { mean: number | null }> } | undefined;
  for (const step of runGenerations(normaliseSpec(spec))) record = step.record;
  return record!.metrics;
}

describe("program family", () => {
  it("runs examples/program-collapse.yaml (shortened): the symbolic learner keeps the mechanism", () => {
    const spec = parse(
      readFileSync(new URL("../../examples/program-collapse.yaml", import.meta.url), "utf8"),
    );
    const m = last({ ...spec, replicates: 2, generations: 3, data: { ...spec.data, n: 64 } });
    expect(m.correct!.mean).toBe(1);
    expect(m.changed!.mean).toBe(0);
  });
  it("density matchers on Thue-Morse drift away from the truth (alpha = 0)", () => {
    const m = last({
      name: "tm-ngram",
      seed: 1,
      replicates: 4,
      generations: 20,
      truth: { family: "program", mechanism: "thue-morse", noise: 0 },
      model: { family: "program", learner: "ngram" },
      data: { n: 128, regime: "replace", alpha: 0 },
    });
    expect(m.kl!.mean!).toBeGreaterThan(0.1);
  });
  it("rejects a learner that does not fit the mechanism", () => {
    expect(() =>
      normaliseSpec({
        name: "bad",
        seed: 1,
        replicates: 1,
        generations: 1,
        truth: { family: "program", mechanism: "formula", expression: "x1" },
        model: { family: "program", learner: "ngram" },
        data: { n: 10 },
      }),
    ).toThrow(/learner/);
  });
});
