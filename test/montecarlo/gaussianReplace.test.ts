// Monte Carlo: the Gaussian replace loop against its closed forms (docs/theory.md#gaussian-replace-mle, #gaussian-replace-unbiased, #gaussian-fresh-alpha).
import { afterAll, describe, it } from "vitest";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

// >= 20 assertions in this file: 5 SE.
const K = 5;
const TS = [1, 2, 5, 10, 20, 40];

afterAll(() => logMargins("gaussianReplace"));

describe("Gaussian replace loop vs theory", () => {
  it("MLE, alpha = 0: var, sq_err_mean, log_var, w2sq, kl_rev, mean", () => {
    const sim = simulate({
      name: "gauss-mle",
      seed: 11,
      replicates: 20000,
      generations: 40,
      truth: { family: "gaussian", mean: 1, sd: 2 },
      model: { family: "gaussian", estimator: "mle" },
      data: { n: 20, regime: "replace", alpha: 0 },
    });
    for (const t of TS) {
      for (const m of ["mean", "var", "sq_err_mean", "log_var", "w2sq", "kl_rev"])
        expectNearTheory(sim, m, t, K);
    }
  });

  it("unbiased, alpha = 0: E sigma^2 = sd^2, Var mu = t/n, E W2^2 = t/n + 2(1 - c^t)", () => {
    const sim = simulate({
      name: "gauss-unbiased",
      seed: 12,
      replicates: 20000,
      generations: 40,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian", estimator: "unbiased" },
      data: { n: 20, regime: "replace", alpha: 0 },
    });
    for (const t of TS)
      for (const m of ["var", "sq_err_mean", "log_var", "w2sq", "kl_rev"]) expectNearTheory(sim, m, t, K);
  });

  it("constant fresh fraction alpha = 0.25 with temperature 0.9: the exact moment recursion", () => {
    const sim = simulate({
      name: "gauss-alpha-temp",
      seed: 13,
      replicates: 20000,
      generations: 40,
      truth: { family: "gaussian", mean: -1, sd: 1.5 },
      model: { family: "gaussian", estimator: "mle" },
      data: { n: 20, regime: "replace", alpha: 0.25 },
      sampling: { temperature: 0.9 },
    });
    for (const t of TS) for (const m of ["mean", "var", "sq_err_mean"]) expectNearTheory(sim, m, t, K);
  });

  it("harmonic schedule a0 = 0.5 (alpha_t -> 0 slowly) with the unbiased estimator; temperature 1.1 with alpha = 0", () => {
    const sim = simulate({
      name: "gauss-harmonic",
      seed: 14,
      replicates: 20000,
      generations: 40,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian", estimator: "unbiased" },
      data: { n: 20, regime: "replace", alpha: { schedule: "harmonic", a0: 0.5 } },
    });
    for (const t of TS) for (const m of ["var", "sq_err_mean"]) expectNearTheory(sim, m, t, K);
    const hot = simulate({
      name: "gauss-hot",
      seed: 15,
      replicates: 20000,
      generations: 10,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      model: { family: "gaussian", estimator: "mle" },
      data: { n: 20, regime: "replace", alpha: 0 },
      sampling: { temperature: 1.1 },
    });
    for (const t of [1, 2, 5, 10])
      for (const m of ["var", "log_var", "w2sq", "kl_rev"]) expectNearTheory(hot, m, t, K);
  });
});
