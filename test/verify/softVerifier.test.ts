// The soft verifier on a Gaussian against its closed form (docs/theory.md#soft-verifier): examples/verifier-soft.yaml,
// n = 10^4 candidates per generation, 50 replicates, seed 1. Measured: every t = 1..10 within 0.3% of the closed form
// (var_10 = 0.0911 +- 0.0004 vs 1/11 = 0.0909; mean_10 = 1.8174 +- 0.0011 vs 20/11 = 1.8182).
// Tolerance: 5 SE (the file makes more than 20 assertions) and 2% (the acceptance bound).
import { describe, expect, it } from "vitest";
import { softVerifierGaussian } from "../../src/theory/softVerifierGaussian.js";
import { at, runExample } from "./runExample.js";

const records = runExample("verifier-soft");

describe("soft verifier, c = 2, tau = 1, from N(0, 1): generation t has passed t rounds", () => {
  it("reports mean and var with the closed form as theory", () => {
    for (let t = 0; t <= 10; t++) {
      const closed = softVerifierGaussian(0, 1, 2, 1, t);
      expect(records[t]!.metrics.mean!.theory).toBeCloseTo(closed.mean, 12);
      expect(records[t]!.metrics.var!.theory).toBeCloseTo(closed.variance, 12);
    }
    expect(records[10]!.metrics.var!.theory).toBeCloseTo(1 / 11, 12);
  });

  for (let t = 1; t <= 10; t++) {
    it(`t = ${t}: mean and var within 5 SE and 2% of the closed form`, () => {
      const closed = softVerifierGaussian(0, 1, 2, 1, t);
      for (const [metric, value] of [
        ["mean", closed.mean],
        ["var", closed.variance],
      ] as const) {
        const { mean, se } = at(records, t, metric);
        expect(se).toBeGreaterThan(0);
        expect(Math.abs(mean - value)).toBeLessThan(5 * se);
        expect(Math.abs(mean - value) / value).toBeLessThan(0.02);
      }
    });
  }

  it("converges on the verifier's centre, not the truth: true accuracy falls while the verifier's rises", () => {
    const first = at(records, 1, "true_accuracy");
    const last = at(records, 10, "true_accuracy");
    expect(first.mean - last.mean).toBeGreaterThan(4 * Math.hypot(first.se, last.se));
    expect(at(records, 10, "accuracy_gap").mean).toBeGreaterThan(at(records, 1, "accuracy_gap").mean);
    expect(at(records, 10, "dist_verifier").mean).toBeLessThan(at(records, 10, "dist_truth").mean);
  });
});
