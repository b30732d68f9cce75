// Monte Carlo: the infinite-sample temperature map (an approximation; docs/theory.md#temperature) at n = 10^6, where its
// O(1/n) error is far below the SE.
import { afterAll, describe, it } from "vitest";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

const K = 5; // >= 20 assertions in this file

afterAll(() => logMargins("temperature"));

describe("temperature map vs a large-n loop", () => {
  it("tau = 0.8, alpha = 0: collapse onto the mode", () => {
    const sim = simulate({
      name: "temperature-cold",
      seed: 51,
      replicates: 100,
      generations: 12,
      truth: { family: "categorical", probs: [0.4, 0.3, 0.2, 0.1] },
      model: { family: "categorical" },
      data: { n: 1_000_000, regime: "replace", alpha: 0 },
      sampling: { temperature: 0.8 },
    });
    for (const t of [2, 4, 8, 12])
      for (const m of ["entropy", "gini_simpson", "kl_rev", "tv", "sq_dist"]) expectNearTheory(sim, m, t, K);
  });

  it("tau = 1.25 with fresh data alpha = 0.3 and a reservoir: towards the stable fixed point", () => {
    const sim = simulate({
      name: "temperature-hot-fresh",
      seed: 52,
      replicates: 100,
      generations: 20,
      truth: { family: "categorical", probs: [0.5, 0.3, 0.15, 0.05] },
      model: { family: "categorical" },
      data: { n: 1_000_000, regime: "replace", alpha: 0.3 },
      sampling: { temperature: 1.25, reservoir: 0.02 },
    });
    for (const t of [2, 5, 10, 20])
      for (const m of ["gini_simpson", "kl_rev", "tv", "sq_dist", "entropy_drop"])
        expectNearTheory(sim, m, t, K);
  });
});
