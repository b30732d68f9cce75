// Monte Carlo: the exact Poisson extinction probability (docs/theory.md#poisson). Skipped, visibly, until a
// `poisson` model family is registered.
import { afterAll, describe, it } from "vitest";
import { families } from "../../src/families/registry.js";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

// 16 assertions: 4 SE.
afterAll(() => logMargins("poisson"));

describe.skipIf(!families.has("poisson"))("Poisson loop vs the exact extinction recursion", () => {
  it("Pr(Lambda_t = 0) = exp(-n rate g_t) and E Lambda_t = rate, also with a harmonic schedule", () => {
    for (const alpha of [0, { schedule: "harmonic", a0: 0.3 }]) {
      const sim = simulate({
        name: "poisson",
        seed: 61,
        replicates: 20000,
        generations: 8,
        truth: { family: "poisson", rate: 0.08 },
        model: { family: "poisson" },
        data: { n: 20, regime: "replace", alpha },
      });
      for (const t of [1, 2, 4, 8]) {
        expectNearTheory(sim, "fixed", t, 4);
        expectNearTheory(sim, "rate", t, 4);
      }
    }
  });
});
