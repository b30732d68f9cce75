// Regime semantics through the real families: i.i.d. refits at alpha = 1, fixed-real anchored to its real set, pool sizes, t = 0, non-finite metrics.
import { describe, expect, it } from "vitest";
import { bindFamily } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import { familyNames, loopSpec, runAll, supportedRegimes } from "./loopSpecs.js";

// 18 statistical assertions in this file: 4 SE each.
const Z = 4;

function within(actual: number | null, expected: number, se: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(Z * se);
}

describe("replace with alpha = 1", () => {
  it("never drifts: every generation is a fresh fit, E var_t = (n - 1)/n sd^2 and E mean_t = mu at every t", () => {
    const n = 10;
    const spec = normaliseSpec({
      name: "fresh",
      seed: 5,
      replicates: 4000,
      generations: 8,
      truth: { family: "gaussian", mean: 1, sd: 2 },
      data: { n, alpha: 1 },
    });
    const { records } = runAll(spec);
    for (let t = 1; t <= spec.generations; t++) {
      const { var: variance, mean } = records[t]!.metrics;
      within(variance!.mean, ((n - 1) / n) * 4, variance!.se!);
      within(mean!.mean, 1, mean!.se!);
    }
  });
});

describe("fixed-real", () => {
  it("stays anchored to the real fit of t = 1: the exact one-step conditional moments hold at t = T", () => {
    // With n real samples (mean mu_1, MLE variance v_1) and m = round(lambda n) model samples from N(mu_{t-1}, v_{t-1}):
    // D_t = mu_t - mu_1 = c (D_{t-1} + sqrt(v_{t-1}/m) Z), c = m / (n + m), so E[D_t^2 | t-1] = c^2 (D_{t-1}^2 + v_{t-1}/m);
    // and (n + m) v_t = n v_1 + SS_m + (n m / (n + m)) (ybar - mu_1)^2 with E SS_m = (m - 1) v_{t-1}.
    const n = 1000;
    const lambda = 0.01;
    const m = Math.round(lambda * n);
    const c = m / (n + m);
    const T = 5;
    const spec = normaliseSpec({
      name: "anchored",
      seed: 6,
      replicates: 3000,
      generations: T,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      data: { n, regime: "fixed-real", lambda },
    });
    const { checkpoints } = runAll(spec);
    const model = (t: number, r: number) =>
      checkpoints[t]!.replicates[r]!.model as { mean: number; var: number };
    const R = spec.replicates;
    const yMean = new Float64Array(R);
    const yVar = new Float64Array(R);
    for (let r = 0; r < R; r++) {
      const first = model(1, r);
      const before = model(T - 1, r);
      const last = model(T, r);
      const dBefore = before.mean - first.mean;
      const dLast = last.mean - first.mean;
      const meanShift2 = dBefore * dBefore + before.var / m;
      yMean[r] = dLast * dLast - c * c * meanShift2;
      yVar[r] =
        last.var - (n * first.var + (m - 1) * before.var + ((n * m) / (n + m)) * meanShift2) / (n + m);
    }
    for (const y of [yMean, yVar]) {
      const mean = y.reduce((a, b) => a + b, 0) / R;
      const sd = Math.sqrt(y.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
      within(mean, 0, sd / Math.sqrt(R));
    }
  });
});

describe("pool sizes of the real families", () => {
  it("accumulate and accumulate-subsample pools hold t n samples; fixed-real keeps its n real ones", () => {
    for (const family of familyNames()) {
      for (const regime of supportedRegimes(family)) {
        if (regime === "replace") continue;
        const spec = loopSpec(family, regime, { replicates: 2, generations: 4, n: 15 });
        const instance = bindFamily(spec);
        const { checkpoints } = runAll(spec);
        for (let t = 1; t <= 4; t++) {
          for (const state of checkpoints[t]!.replicates) {
            const size = instance.size(instance.decodeData(state.pool));
            expect(size, `${family} ${regime} t = ${t}`).toBe(regime === "fixed-real" ? 15 : 15 * t);
          }
        }
      }
    }
  });
});

describe("t = 0 is P* itself", () => {
  it("gaussian: mean mu, var sd^2, log var, zero errors, se 0", () => {
    const { records } = runAll(loopSpec("gaussian", "replace", { replicates: 7 }));
    const m = records[0]!.metrics;
    const exactly = (x: number) => ({ mean: x, se: 0, q05: x, q50: x, q95: x });
    expect(m.mean).toMatchObject(exactly(1));
    expect(m.var).toMatchObject(exactly(4));
    expect(m.log_var).toMatchObject(exactly(Math.log(4)));
    for (const name of ["sq_err_mean", "w2sq", "kl_rev"]) expect(m[name]).toMatchObject(exactly(0));
  });

  it("categorical: entropy H(p*), Gini-Simpson 1 - sum p*^2, full support, zero divergences, se 0", () => {
    const p = [0.5, 0.3, 0.15, 0.05];
    const { records } = runAll(loopSpec("categorical", "replace", { replicates: 7 }));
    const m = records[0]!.metrics;
    const entropy = -p.reduce((a, x) => a + x * Math.log(x), 0);
    const gini = 1 - p.reduce((a, x) => a + x * x, 0);
    expect(m.entropy!.mean).toBeCloseTo(entropy, 14);
    expect(m.gini_simpson!.mean).toBeCloseTo(gini, 14);
    for (const name of Object.keys(m)) {
      expect(m[name]!.se, name).toBe(0);
      expect(m[name]!.q05, name).toBe(m[name]!.mean);
      expect(m[name]!.q95, name).toBe(m[name]!.mean);
    }
    expect(m.support!.mean).toBe(4);
    for (const name of ["kl_rev", "tv", "sq_dist", "fixed", "entropy_drop"])
      expect(m[name]!.mean, name).toBe(0);
  });
});

describe("non-finite metrics in a run", () => {
  it("an infinite KL in every replicate is a null mean with the count beside it, the other metrics unaffected", () => {
    // The reservoir gives the third outcome mass after each fit where P* has none: KL(P_t || P*) = +infinity.
    const spec = normaliseSpec({
      name: "inf",
      replicates: 5,
      generations: 3,
      truth: { family: "categorical", probs: [0.5, 0.5, 0] },
      data: { n: 50 },
      sampling: { reservoir: 0.1 },
    });
    const { records } = runAll(spec);
    expect(records[0]!.metrics.kl_rev).toMatchObject({ mean: 0 });
    expect(records[0]!.metrics.kl_rev).not.toHaveProperty("nonfinite");
    for (let t = 1; t <= 3; t++) {
      const m = records[t]!.metrics;
      expect(m.kl_rev).toEqual({
        mean: null,
        se: null,
        theory: null,
        q05: null,
        q50: null,
        q95: null,
        nonfinite: 5,
      });
      expect(m.tv!.mean).not.toBeNull();
      expect(m.tv).not.toHaveProperty("nonfinite");
      expect(m.support!.mean).toBe(3);
    }
  });

  it("a gaussian fitted to one sample has variance 0: log_var and kl_rev are non-finite and counted", () => {
    const spec = normaliseSpec({
      name: "degenerate",
      replicates: 4,
      generations: 2,
      truth: { family: "gaussian" },
      data: { n: 1 },
    });
    for (const kernels of [true, false]) {
      const { records } = runAll(spec, undefined, { kernels });
      for (let t = 1; t <= 2; t++) {
        const m = records[t]!.metrics;
        expect(m.var).toMatchObject({ mean: 0, se: 0 });
        expect(m.log_var).toMatchObject({ mean: null, nonfinite: 4 });
        expect(m.kl_rev).toMatchObject({ mean: null, nonfinite: 4 });
        expect(m.mean!.mean).not.toBeNull();
      }
    }
  });
});
