// The discrete families' data: counts by multinomial draws, the empty draw, and combining count vectors.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng.js";
import { createDiscreteInstance } from "../../src/families/discrete/discreteInstance.js";

const truth = Float64Array.of(0.5, 0.25, 0.125, 0.125);
const family = createDiscreteInstance(
  truth,
  { estimator: "mle", prior: 1 },
  { temperature: 1, reservoir: 0, keepSamples: false },
);

describe("discrete data", () => {
  it("draws n outcomes, and no outcomes as zeros that draw nothing from the stream", () => {
    const rng = Rng.fromSeed(4);
    const counts = family.sampleTruth(rng, 1000);
    expect(family.size(counts)).toBe(1000);
    const empty = family.sampleTruth(rng, 0);
    expect([...empty]).toEqual([0, 0, 0, 0]);
    // The empty draw took nothing from the stream: the next draw equals a fresh stream's second one.
    const fresh = Rng.fromSeed(4);
    family.sampleTruth(fresh, 1000);
    expect([...family.sampleTruth(rng, 50)]).toEqual([...family.sampleTruth(fresh, 50)]);
  });

  it("combines by adding counts; with an empty draw on either side the other side comes back as it is", () => {
    const rng = Rng.fromSeed(5);
    const a = family.sampleTruth(rng, 30);
    const b = family.sampleTruth(rng, 20);
    const both = family.combine(a, b);
    expect([...both]).toEqual([...a].map((x, i) => x + b[i]!));
    expect(both).not.toBe(a);
    expect(both).not.toBe(b);
    const none = family.sampleTruth(rng, 0);
    expect(family.combine(none, b)).toBe(b);
    expect(family.combine(a, none)).toBe(a);
    expect([...family.combine(none, none)]).toEqual([0, 0, 0, 0]);
    // Neither side is written to.
    expect([...none]).toEqual([0, 0, 0, 0]);
    expect(family.size(a) + family.size(b)).toBe(50);
  });
});
