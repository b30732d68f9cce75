import { describe, expect, it } from "vitest";
import { gaussianAccumulateVariance } from "../../src/theory/gaussianAccumulate.js";
import { gaussianMleLogVariance, gaussianMleVariance } from "../../src/theory/gaussianReplaceMle.js";
import { gaussianUnbiasedW2sq } from "../../src/theory/gaussianReplaceUnbiased.js";
import { giniSimpsonReplace } from "../../src/theory/giniSimpson.js";
import { poissonSurvival } from "../../src/theory/poissonExtinction.js";
import { theoryCurves } from "../../src/theory/theoryCurves.js";
import { makeSpec } from "./specFixture.js";

const gaussian = { family: "gaussian", mean: 2, sd: 3 } as const;

describe("theoryCurves: Gaussian", () => {
  it("MLE replace with alpha = 0: var, sq_err_mean, log_var, w2sq, kl_rev, scaled by sd", () => {
    const c = theoryCurves(
      makeSpec({ truth: gaussian, model: { family: "gaussian", estimator: "mle" }, n: 20 }),
    );
    expect(Object.keys(c).sort()).toEqual(["kl_rev", "log_var", "mean", "sq_err_mean", "var", "w2sq"]);
    expect(c.var!(0)).toBe(9);
    expect(c.var!(7)).toBeCloseTo(9 * gaussianMleVariance(20, 7), 12);
    expect(c.sq_err_mean!(7)).toBeCloseTo(9 * (1 - gaussianMleVariance(20, 7)), 12);
    expect(c.log_var!(7)).toBeCloseTo(Math.log(9) + gaussianMleLogVariance(20, 7), 12);
    expect(c.mean!(50)).toBe(2);
    expect(c.w2sq!(0)).toBeCloseTo(0, 14);
    expect(c.kl_rev!(0)).toBeCloseTo(0, 14);
    expect(c.var!(-1)).toBeNull();
  });

  it("unbiased replace: E W2^2 = sd^2 (t/n + 2(1 - c^t))", () => {
    const c = theoryCurves(
      makeSpec({ truth: gaussian, model: { family: "gaussian", estimator: "unbiased" }, n: 20 }),
    );
    expect(c.var!(40)).toBeCloseTo(9, 10);
    expect(c.sq_err_mean!(40)).toBeCloseTo(9 * 2, 10);
    expect(c.w2sq!(40)).toBeCloseTo(9 * gaussianUnbiasedW2sq(20, 40), 10);
  });

  it("fresh data: var and sq_err_mean stay exact, log_var / w2sq / kl_rev only before the first fresh draw", () => {
    const spec = makeSpec({
      truth: gaussian,
      model: { family: "gaussian" },
      n: 20,
      alpha: { schedule: "list", values: [0, 0, 0.5] },
    });
    const c = theoryCurves(spec);
    expect(c.log_var!(3)).not.toBeNull();
    expect(c.log_var!(4)).toBeNull();
    expect(c.w2sq!(4)).toBeNull();
    expect(c.var!(4)! + c.sq_err_mean!(4)!).toBeCloseTo(9, 10);
  });

  it("accumulate and fixed-real", () => {
    const acc = theoryCurves(
      makeSpec({ truth: gaussian, model: { family: "gaussian" }, n: 20, regime: "accumulate" }),
    );
    expect(acc.var!(9)).toBeCloseTo(9 * gaussianAccumulateVariance(20, 9), 12);
    expect(acc.log_var).toBeUndefined();
    const fr = theoryCurves(
      makeSpec({ truth: gaussian, model: { family: "gaussian" }, n: 20, regime: "fixed-real" }),
    );
    expect(fr.var!(1)).toBeCloseTo(9 * 0.95, 12);
    expect(fr.sq_err_mean!(1)).toBeCloseTo(9 / 20, 12);
    const sub = theoryCurves(
      makeSpec({ truth: gaussian, model: { family: "gaussian" }, regime: "accumulate-subsample" }),
    );
    expect(Object.keys(sub)).toEqual(["mean"]);
  });
});

describe("theoryCurves: discrete", () => {
  it("categorical replace: exact Gini-Simpson, Miller-Madow entropy at t = 1 only", () => {
    const c = theoryCurves(
      makeSpec({ truth: { family: "categorical", k: 4 }, model: { family: "categorical" }, n: 10 }),
    );
    expect(c.gini_simpson!(5)).toBeCloseTo(giniSimpsonReplace(0.75, 10, 5), 12);
    expect(c.entropy!(0)).toBeCloseTo(Math.log(4), 12);
    expect(c.entropy!(1)).toBeCloseTo(Math.log(4) - 3 / 20, 12);
    expect(c.entropy!(2)).toBeNull();
    expect(c.entropy_drop!(1)).toBeCloseTo(3 / 20, 12);
    expect(c.tv).toBeUndefined();
    expect(c.support).toBeUndefined();
  });

  it("accepts probs or k, Bernoulli p and Zipf", () => {
    const byK = theoryCurves(
      makeSpec({ truth: { family: "categorical", k: 4 }, model: { family: "categorical" } }),
    );
    const byProbs = theoryCurves(
      makeSpec({
        truth: { family: "categorical", probs: [0.25, 0.25, 0.25, 0.25] },
        model: { family: "categorical" },
      }),
    );
    expect(byK.gini_simpson!(3)).toBeCloseTo(byProbs.gini_simpson!(3)!, 14);
    const b = theoryCurves(
      makeSpec({ truth: { family: "bernoulli", p: 0.2 }, model: { family: "bernoulli" }, n: 5 }),
    );
    expect(b.gini_simpson!(3)).toBeCloseTo(2 * 0.16 * 0.8 ** 3, 14);
    expect(b.p!(3)).toBeCloseTo(0.2, 14);
    const z = theoryCurves(
      makeSpec({ truth: { family: "zipf", m: 3, a: 1, b: 0 }, model: { family: "zipf" }, n: 5 }),
    );
    const p = [1, 1 / 2, 1 / 3].map((x) => x / (11 / 6));
    expect(z.gini_simpson!(0)).toBeCloseTo(1 - p.reduce((s, x) => s + x * x, 0), 14);
  });

  it("reservoir or MAP: support = K and nothing fixes; no Miller-Madow", () => {
    for (const spec of [
      makeSpec({
        truth: { family: "categorical", probs: [0.5, 0.5, 0] },
        model: { family: "categorical" },
        reservoir: 0.1,
      }),
      makeSpec({
        truth: { family: "categorical", probs: [0.5, 0.5, 0] },
        model: { family: "categorical", estimator: "map", prior: 2 },
      }),
    ]) {
      const c = theoryCurves(spec);
      expect(c.support!(0)).toBe(2);
      expect(c.support!(3)).toBe(3);
      expect(c.fixed!(3)).toBe(0);
      expect(c.entropy).toBeUndefined();
      expect(c.gini_simpson!(3)).not.toBeNull();
    }
  });

  it("temperature: the infinite-sample map from t = 2 on (kl_rev, tv appear), exact Gini-Simpson at t = 1", () => {
    const spec = makeSpec({
      truth: { family: "categorical", probs: [0.6, 0.3, 0.1] },
      model: { family: "categorical" },
      n: 10,
      temperature: 0.5,
    });
    const c = theoryCurves(spec);
    expect(c.gini_simpson!(1)).toBeCloseTo(0.54 * 0.9, 12);
    expect(c.kl_rev!(1)).toBeCloseTo(0, 14);
    const w = [0.36, 0.09, 0.01];
    const z = 0.46;
    expect(c.gini_simpson!(2)).toBeCloseTo(1 - w.reduce((s, x) => s + (x / z) ** 2, 0), 12);
    expect(c.entropy!(200)).toBeCloseTo(0, 10);
  });

  it("Poisson: Pr(Lambda_t = 0) under replace and accumulate", () => {
    const rep = theoryCurves(
      makeSpec({ truth: { family: "poisson", rate: 0.05 }, model: { family: "poisson" }, n: 20 }),
    );
    expect(rep.fixed!(0)).toBe(0);
    expect(rep.fixed!(8)).toBeCloseTo(1 - poissonSurvival(0.05, 20, 8), 12);
    const acc = theoryCurves(
      makeSpec({
        truth: { family: "poisson", rate: 0.05 },
        model: { family: "poisson" },
        n: 20,
        regime: "accumulate",
      }),
    );
    expect(acc.fixed!(8)).toBeCloseTo(Math.exp(-1), 12);
  });

  it("an unknown pairing or estimator has no closed forms", () => {
    expect(theoryCurves(makeSpec({ truth: { family: "gmm" }, model: { family: "gmm" } }))).toEqual({});
    expect(
      theoryCurves(makeSpec({ truth: gaussian, model: { family: "gaussian", estimator: "robust" } })),
    ).toEqual({});
  });
});

describe("exogenous counts agree with the loop's schedules", () => {
  it("round(alpha_t n) for every schedule kind", async () => {
    const { alphaAt } = await import("../../src/spec/alphaSchedule.js");
    const { exogenousCount } = await import("../../src/theory/exogenousCount.js");
    const schedules = [
      { schedule: "constant", value: 0.35 },
      { schedule: "harmonic", a0: 0.5 },
      { schedule: "power", a0: 0.9, p: 1.5 },
      { schedule: "exponential", a0: 0.6, rate: 0.2 },
      { schedule: "list", values: [0.4, 0, 0.25] },
    ] as const;
    for (const s of schedules) {
      for (let t = 1; t <= 30; t++) {
        const loop = t === 1 ? 37 : Math.round(alphaAt(s, t) * 37);
        expect(exogenousCount(s, 37, t)).toBe(loop);
      }
    }
  });
});
