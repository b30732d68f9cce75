// The Gaussian-mixture family: spec errors, exact checkpoints, EM (monotone, moment-preserving, consistent), quadrature metrics and the collapse law.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { Rng } from "../../src/core/rng.js";
import type { FamilyInstance } from "../../src/families/family.js";
import { fitGmmEm } from "../../src/families/gmm/fitGmmEm.js";
import { gmmFamily } from "../../src/families/gmm/gmm.js";
import { gmmDivergence } from "../../src/families/gmm/gmmDivergence.js";
import { type GmmModel, gmmMoments } from "../../src/families/gmm/gmmModel.js";
import { sampleGmm } from "../../src/families/gmm/sampleGmm.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const gmm = (w: number[], m: number[], s: number[]): GmmModel => ({
  weights: Float64Array.from(w),
  means: Float64Array.from(m),
  sds: Float64Array.from(s),
});
const EM = { iterations: 500, tolerance: 1e-10, minSd: 1e-6 };
const TRUTH = { weights: [0.5, 0.5], means: [-2, 2], sds: [1, 1] };

function issuesOf(truth: Record<string, unknown>, model: Record<string, unknown> = {}) {
  try {
    normaliseSpec({
      name: "gmm",
      truth: { family: "gmm", ...truth },
      model: { family: "gmm", ...model },
      data: { n: 10 },
    });
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, allowed: i.allowed }));
    throw error;
  }
  return [];
}

describe("gmm spec", () => {
  it("names the key path and what is allowed", () => {
    expect(issuesOf({ ...TRUTH, weights: [0.5, 0.6] })).toEqual([
      { path: "truth.weights", allowed: "a list of 1 to 32 weights > 0 summing to 1 (these sum to 1.1)" },
    ]);
    expect(issuesOf({ ...TRUTH, means: [0] })[0]!.path).toBe("truth.means");
    expect(issuesOf({ ...TRUTH, sds: [1, 0] })[0]).toEqual({
      path: "truth.sds.1",
      allowed: "a list of 1 to 32 standard deviations > 0",
    });
    expect(issuesOf(TRUTH, { min_sd: 2 })[0]!.path).toBe("model.min_sd");
    expect(issuesOf(TRUTH, { components: 0 })[0]!.path).toBe("model.components");
    expect(issuesOf(TRUTH, { init: "kmeans" })[0]!.allowed).toMatch(
      /components, iterations, tolerance, min_sd/,
    );
    expect(issuesOf(TRUTH)).toEqual([]);
  });
});

describe("gmm checkpoints", () => {
  it("decode(encode(x)) reproduces models and data exactly", () => {
    const family = gmmFamily.create(
      { ...TRUTH },
      { iterations: 200, tolerance: 1e-8, min_sd: 1e-6 },
      { temperature: 1, reservoir: 0, keepSamples: false },
      "gmm",
    ) as FamilyInstance<GmmModel, Float64Array>;
    const data = family.sampleTruth(Rng.fromSeed(3), 400);
    const model = family.fit(data, family.truth);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(family.decodeModel(json(family.encodeModel(model)))).toEqual(model);
    expect(family.decodeData(json(family.encodeData(data)))).toEqual(data);
  });
});

describe("gmm EM", () => {
  it("never lowers the log-likelihood, and keeps the data's mean and MLE variance after every M-step", () => {
    const x = sampleGmm(Rng.fromSeed(8), gmm([0.3, 0.7], [-1, 1], [0.7, 1.2]), 300);
    const n = x.length;
    const mean = x.reduce((a, b) => a + b, 0) / n;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    const start = gmm([0.5, 0.5], [-3, 0.5], [2, 0.3]);
    let previous = Number.NEGATIVE_INFINITY;
    for (let iterations = 1; iterations <= 40; iterations++) {
      const result = fitGmmEm(x, start, { ...EM, iterations, tolerance: 0 });
      expect(result.logLikelihood).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = result.logLikelihood;
      const moments = gmmMoments(result.model);
      expect(moments.mean).toBeCloseTo(mean, 12);
      expect(moments.variance).toBeCloseTo(variance, 11);
    }
  });

  it("recovers a well-separated mixture from a large sample, within 4 asymptotic SE", () => {
    const truth = gmm([0.3, 0.7], [-4, 3], [1, 0.5]);
    const N = 20000;
    const x = sampleGmm(Rng.fromSeed(12), truth, N);
    const { model, converged } = fitGmmEm(x, gmm([0.5, 0.5], [-2, 1], [2, 2]), EM);
    expect(converged).toBe(true);
    const w = truth.weights;
    // Well separated: the MLE behaves like a fit of each component on its own N w_j points.
    expect(Math.abs(model.weights[0]! - w[0]!)).toBeLessThan(4 * Math.sqrt((w[0]! * w[1]!) / N));
    for (let j = 0; j < 2; j++) {
      const nj = N * w[j]!;
      expect(Math.abs(model.means[j]! - truth.means[j]!)).toBeLessThan((4 * truth.sds[j]!) / Math.sqrt(nj));
      expect(Math.abs(model.sds[j]! - truth.sds[j]!)).toBeLessThan((4 * truth.sds[j]!) / Math.sqrt(2 * nj));
    }
  });

  it("holds a component that captures a single point at the sd floor", () => {
    const x = Float64Array.of(0, 0.1, -0.2, 0.3, 50);
    const { model } = fitGmmEm(x, gmm([0.5, 0.5], [0, 50], [1, 1]), { ...EM, minSd: 1e-3 });
    expect(model.sds[1]).toBe(1e-3);
    expect(model.weights[1]).toBeCloseTo(0.2, 12);
  });
});

describe("gmm metrics", () => {
  it("match the Gaussian closed forms for one component (KL to 1e-8, W2 to 1e-3 relative)", () => {
    for (const [m1, s1, m2, s2] of [
      [0, 1, 0.03, 1.02],
      [0, 1, 0.5, 2],
      [0, 1, 3, 0.1],
      [1, 1e-4, 0, 1],
    ] as const) {
      const { kl, w2sq } = gmmDivergence(gmm([1], [m1], [s1]), gmm([1], [m2], [s2]));
      const exactKl = Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
      const exactW2 = (m1 - m2) ** 2 + (s1 - s2) ** 2;
      expect(Math.abs(kl - exactKl) / exactKl).toBeLessThan(1e-8);
      expect(Math.abs(w2sq - exactW2) / exactW2).toBeLessThan(1e-3);
    }
  });

  it("give 0 between two spellings of the same mixture, and NaN for a broken model", () => {
    const split = gmmDivergence(
      gmm([0.25, 0.25, 0.5], [-2, -2, 2], [1, 1, 1]),
      gmm(TRUTH.weights, TRUTH.means, TRUTH.sds),
    );
    expect(Math.abs(split.kl)).toBeLessThan(1e-12);
    expect(Math.abs(split.w2sq)).toBeLessThan(1e-12);
    const broken = gmmDivergence(gmm([1], [Number.NaN], [1]), gmm([1], [0], [1]));
    expect(broken.kl).toBeNaN();
    expect(broken.w2sq).toBeNaN();
  });

  it("agree with a brute-force midpoint sum on a uniform grid of step 1e-4 (two components)", () => {
    const p = gmm([0.52, 0.48], [-1.95, 2.05], [1.02, 0.97]);
    const q = gmm(TRUTH.weights, TRUTH.means, TRUTH.sds);
    const coarse = gmmDivergence(p, q);
    let kl = 0;
    const h = 1e-4;
    for (let x = -14; x < 14; x += h) {
      const c = x + h / 2;
      const dens = (m: GmmModel) =>
        m.weights.reduce(
          (a, w, j) =>
            a +
            (w * Math.exp(-0.5 * ((c - m.means[j]!) / m.sds[j]!) ** 2)) /
              (m.sds[j]! * Math.sqrt(2 * Math.PI)),
          0,
        );
      const a = dens(p);
      const b = dens(q);
      kl += h * a * Math.log(a / b);
    }
    expect(Math.abs(coarse.kl - kl) / kl).toBeLessThan(1e-6);
  });
});

describe("gmm loop", () => {
  it("loses variance as E var_t = q^t var* (EM preserves the sample variance), q = (n-1)/n, at alpha = 0", () => {
    const n = 50;
    const spec = normaliseSpec({
      name: "gmm",
      seed: 5,
      replicates: 200,
      generations: 30,
      truth: { family: "gmm", ...TRUTH },
      data: { n },
    });
    const records = [...runGenerations(spec)].map((s) => s.record);
    const varStar = 5;
    for (const t of [10, 30]) {
      const v = records[t]!.metrics.var!;
      expect(Math.abs(v.mean! - varStar * ((n - 1) / n) ** t)).toBeLessThan(4 * v.se!);
    }
    const last = records[30]!.metrics.var!;
    expect(last.mean! + 4 * last.se!).toBeLessThan(varStar);
  });

  it("runs the classic experiment (2 components, N = 1000) with finite metrics, in replace and accumulate-subsample", () => {
    for (const [regime, generations] of [
      ["replace", 100],
      ["accumulate-subsample", 20],
    ] as const) {
      const spec = normaliseSpec({
        name: "gmm",
        seed: 1,
        replicates: 3,
        generations,
        truth: { family: "gmm", ...TRUTH },
        data: { n: 1000, regime },
      });
      const records = [...runGenerations(spec)].map((s) => s.record);
      const last = records[generations]!.metrics;
      for (const name of ["var", "w2sq", "kl_rev", "min_weight"])
        expect(Number.isFinite(last[name]!.mean)).toBe(true);
      expect(last.kl_rev!.mean).toBeGreaterThan(0);
    }
  });
});
