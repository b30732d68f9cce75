// Perfect vs imperfect vs grounded verification on the answer task (issue 6, acceptance), 100 replicates, seed 1.
// Measured at t = 20: perfect true accuracy 1.0000; fixed-error threshold verifier: true accuracy 0.649 +- 0.003
// (0.650 at t = 10: a plateau), gap 0.351 +- 0.003 (0.092 at t = 0); with alpha = 0.1 the gap is 0.176 +- 0.003.
// Margins are 4 SE of the compared quantities (SE from the simulation).
import { describe, expect, it } from "vitest";
import { at, runExample, seOfDifference } from "./runExample.js";

const perfect = runExample("verifier-perfect");
const threshold = runExample("verifier-threshold");
const grounded = runExample("verifier-threshold-alpha");

describe("a perfect verifier", () => {
  it("raises true accuracy to the ceiling (1) and the gap stays 0", () => {
    const last = at(perfect, 20, "true_accuracy");
    expect(last.mean).toBeGreaterThan(1 - 1e-4 - 4 * last.se);
    expect(at(perfect, 20, "mode_correct").mean).toBe(1);
    for (let t = 0; t <= 20; t++) expect(Math.abs(at(perfect, t, "accuracy_gap").mean)).toBeLessThan(1e-12);
  });

  it("best-of-k reaches the same ceiling (examples/verifier-best-of-k.yaml)", () => {
    const bestOfK = runExample("verifier-best-of-k");
    expect(at(bestOfK, 20, "true_accuracy").mean).toBeGreaterThan(1 - 1e-4);
  });
});

describe("an imperfect verifier with fixed blind spots", () => {
  it("raises verifier-measured accuracy while true accuracy plateaus below the ceiling", () => {
    const v1 = at(threshold, 1, "verifier_accuracy");
    const v20 = at(threshold, 20, "verifier_accuracy");
    expect(v20.mean - v1.mean).toBeGreaterThan(4 * seOfDifference(v1, v20));
    const a10 = at(threshold, 10, "true_accuracy");
    const a20 = at(threshold, 20, "true_accuracy");
    expect(a20.mean - a10.mean).toBeLessThan(4 * seOfDifference(a10, a20));
    expect(1 - a20.mean).toBeGreaterThan(4 * a20.se + 0.1);
  });

  it("widens the gap between what the verifier measures and what is true", () => {
    const g1 = at(threshold, 1, "accuracy_gap");
    const g20 = at(threshold, 20, "accuracy_gap");
    expect(g20.mean - g1.mean).toBeGreaterThan(4 * seOfDifference(g1, g20));
    expect(g20.mean - at(threshold, 0, "accuracy_gap").mean).toBeGreaterThan(4 * g20.se);
    expect(at(threshold, 20, "accepted_wrong").mean).toBeGreaterThan(0.3);
  });
});

describe("a small alpha of ground-truth labels", () => {
  it("bounds the gap: below the ungrounded run's, and not growing over the last ten generations", () => {
    const free = at(threshold, 20, "accuracy_gap");
    const g10 = at(grounded, 10, "accuracy_gap");
    const g20 = at(grounded, 20, "accuracy_gap");
    expect(free.mean - g20.mean).toBeGreaterThan(4 * seOfDifference(free, g20));
    expect(g20.mean - g10.mean).toBeLessThan(4 * seOfDifference(g10, g20));
    const a = at(grounded, 20, "true_accuracy");
    const b = at(threshold, 20, "true_accuracy");
    expect(a.mean - b.mean).toBeGreaterThan(4 * seOfDifference(a, b));
  });

  it("reports the schedule's alpha from t = 1 on (the verified family draws from its initial policy at t = 1)", () => {
    expect(grounded[1]!.metrics.alpha!.mean).toBeCloseTo(0.1, 12);
    expect(grounded[5]!.metrics.alpha_sum!.mean).toBeCloseTo(0.5, 12);
  });
});
