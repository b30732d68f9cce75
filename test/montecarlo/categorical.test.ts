// Monte Carlo: the categorical (Wright-Fisher) loops against their exact moment recursions (docs/theory.md#categorical-gini-simpson, #miller-madow, #bernoulli).
import { afterAll, describe, it } from "vitest";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

const K = 5; // >= 20 assertions in this file
const TS = [1, 2, 5, 10, 25];

afterAll(() => logMargins("categorical"));

describe("categorical loops vs theory", () => {
  it("replace, alpha = 0: E Gini-Simpson = (1 - 1/n)^t G*, and sq_dist", () => {
    const sim = simulate({
      name: "cat-replace",
      seed: 31,
      replicates: 4000,
      generations: 25,
      truth: { family: "categorical", probs: [0.4, 0.3, 0.2, 0.1] },
      model: { family: "categorical" },
      data: { n: 30, regime: "replace", alpha: 0 },
    });
    for (const t of TS) for (const m of ["gini_simpson", "sq_dist"]) expectNearTheory(sim, m, t, K);
  });

  it("replace with a power schedule and a reservoir: Gini-Simpson, sq_dist, support = K, nothing fixes", () => {
    const sim = simulate({
      name: "cat-power-reservoir",
      seed: 32,
      replicates: 4000,
      generations: 25,
      truth: { family: "categorical", k: 6 },
      model: { family: "categorical" },
      data: { n: 20, regime: "replace", alpha: { schedule: "power", a0: 0.5, p: 1.5 } },
      sampling: { reservoir: 0.05 },
    });
    for (const t of TS)
      for (const m of ["gini_simpson", "sq_dist", "support", "fixed"]) expectNearTheory(sim, m, t, K);
  });

  it("MAP with a Dirichlet(3) prior and constant alpha = 0.2 (the prior acts as a reservoir)", () => {
    const sim = simulate({
      name: "cat-map",
      seed: 33,
      replicates: 4000,
      generations: 25,
      truth: { family: "categorical", probs: [0.7, 0.2, 0.1] },
      model: { family: "categorical", estimator: "map", prior: 3 },
      data: { n: 15, regime: "replace", alpha: 0.2 },
    });
    for (const t of TS) for (const m of ["gini_simpson", "sq_dist"]) expectNearTheory(sim, m, t, K);
  });

  it("accumulate (alpha = 0 and a list schedule) and fixed-real: Gini-Simpson, sq_dist, fixed", () => {
    const acc = simulate({
      name: "cat-accumulate",
      seed: 34,
      replicates: 4000,
      generations: 25,
      truth: { family: "categorical", probs: [0.85, 0.1, 0.05] },
      model: { family: "categorical" },
      data: { n: 5, regime: "accumulate", alpha: { schedule: "list", values: [0.4, 0, 0.2] } },
    });
    for (const t of TS) for (const m of ["gini_simpson", "sq_dist", "fixed"]) expectNearTheory(acc, m, t, K);
    const fr = simulate({
      name: "cat-fixed-real",
      seed: 35,
      replicates: 4000,
      generations: 25,
      truth: { family: "categorical", probs: [0.85, 0.1, 0.05] },
      model: { family: "categorical" },
      data: { n: 5, regime: "fixed-real", lambda: 1.4 },
    });
    for (const t of TS) for (const m of ["gini_simpson", "sq_dist", "fixed"]) expectNearTheory(fr, m, t, K);
  });

  it("Bernoulli: E P_t = p* (the martingale behind the fixation probability) and E 2P(1-P)", () => {
    const sim = simulate({
      name: "bernoulli",
      seed: 36,
      replicates: 4000,
      generations: 25,
      truth: { family: "bernoulli", p: 0.3 },
      model: { family: "bernoulli" },
      data: { n: 10, regime: "replace", alpha: 0 },
    });
    for (const t of TS) for (const m of ["p", "gini_simpson", "sq_dist"]) expectNearTheory(sim, m, t, K);
  });

  it("Zipf-Mandelbrot vocabulary: Gini-Simpson under replace", () => {
    const sim = simulate({
      name: "zipf",
      seed: 37,
      replicates: 1000,
      generations: 25,
      truth: { family: "zipf", m: 200, a: 1.1, b: 2 },
      model: { family: "zipf" },
      data: { n: 100, regime: "replace", alpha: 0 },
    });
    for (const t of TS) expectNearTheory(sim, "gini_simpson", t, K);
  });

  it("Miller-Madow: E H_1 = H* - (K-1)/(2n) where the O(n^-2) term is far below the SE", () => {
    const sim = simulate({
      name: "miller-madow",
      seed: 38,
      replicates: 20000,
      generations: 1,
      truth: { family: "categorical", probs: [0.3, 0.25, 0.2, 0.15, 0.1] },
      model: { family: "categorical" },
      data: { n: 400, regime: "replace", alpha: 0 },
    });
    expectNearTheory(sim, "entropy", 1, K);
    expectNearTheory(sim, "entropy_drop", 1, K);
  });
});
