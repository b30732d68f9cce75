// Monte Carlo: the Gaussian accumulate and fixed-real loops against their exact moment recursions (docs/theory.md#gaussian-accumulate, #gaussian-fixed-real).
import { afterAll, describe, it } from "vitest";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

const K = 5; // >= 20 assertions in this file
const TS = [1, 2, 5, 10, 30];

afterAll(() => logMargins("gaussianRegimes"));

describe("Gaussian accumulate and fixed-real loops vs theory", () => {
  it("accumulate, alpha = 0: E sigma^2 = q prod (1 - 1/(k^2 n)), Var mu", () => {
    const sim = simulate({
      name: "gauss-accumulate",
      seed: 21,
      replicates: 20000,
      generations: 30,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian" },
      data: { n: 10, regime: "accumulate", alpha: 0 },
    });
    for (const t of TS) for (const m of ["mean", "var", "sq_err_mean"]) expectNearTheory(sim, m, t, K);
  });

  it("accumulate with an exponential schedule and temperature 0.8", () => {
    const sim = simulate({
      name: "gauss-accumulate-exp",
      seed: 22,
      replicates: 20000,
      generations: 30,
      truth: { family: "gaussian", mean: 3, sd: 0.5 },
      model: { family: "gaussian", estimator: "unbiased" },
      data: { n: 10, regime: "accumulate", alpha: { schedule: "exponential", a0: 0.6, rate: 0.2 } },
      sampling: { temperature: 0.8 },
    });
    for (const t of TS) for (const m of ["var", "sq_err_mean"]) expectNearTheory(sim, m, t, K);
  });

  it("fixed-real, lambda = 2: the mean stays anchored to the real data", () => {
    const sim = simulate({
      name: "gauss-fixed-real",
      seed: 23,
      replicates: 20000,
      generations: 30,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian" },
      data: { n: 10, regime: "fixed-real", lambda: 2 },
    });
    for (const t of TS) for (const m of ["mean", "var", "sq_err_mean"]) expectNearTheory(sim, m, t, K);
  });
});
