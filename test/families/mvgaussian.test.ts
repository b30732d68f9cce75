// The multivariate Gaussian family: spec errors, exact checkpoints, Wishart sampling, closed-form metrics and the MLE collapse law.
// This file makes more than 20 statistical assertions, so its tolerance is 5 SE (CONTRIBUTING.md).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { Rng } from "../../src/core/rng.js";
import type { FamilyInstance } from "../../src/families/family.js";
import { choleskyFactor } from "../../src/families/mvgaussian/choleskyFactor.js";
import { mvgaussianFamily } from "../../src/families/mvgaussian/mvgaussian.js";
import {
  type CovarianceKind,
  combineMvGaussianData,
  type MvGaussianData,
  statsOfPoints,
} from "../../src/families/mvgaussian/mvgaussianData.js";
import type { MvGaussianModel } from "../../src/families/mvgaussian/sampleMvGaussian.js";
import { congruence, sampleStandardWishart } from "../../src/families/mvgaussian/sampleScatter.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const Z = 5;
const sampling = { temperature: 1, reservoir: 0, keepSamples: false };

function instance(
  truth: { mean: number[]; sd?: number; cov?: number[][] },
  covariance: CovarianceKind = "full",
  keepSamples = false,
) {
  return mvgaussianFamily.create(
    truth,
    { covariance, estimator: "mle" },
    { ...sampling, keepSamples },
    "mvgaussian",
  ) as FamilyInstance<MvGaussianModel, MvGaussianData>;
}

function issuesOf(truth: Record<string, unknown>, model: Record<string, unknown> = {}) {
  try {
    normaliseSpec({
      name: "mv",
      truth: { family: "mvgaussian", ...truth },
      model: { family: "mvgaussian", ...model },
      data: { n: 10 },
    });
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, allowed: i.allowed }));
    throw error;
  }
  return [];
}

function metrics(family: FamilyInstance<MvGaussianModel, MvGaussianData>, model: MvGaussianModel) {
  const out = new Float64Array(family.metricNames.length);
  family.measure(model, out);
  return Object.fromEntries(family.metricNames.map((name, i) => [name, out[i]!]));
}

const COV = [
  [2, 0.6, -0.3],
  [0.6, 1, 0.2],
  [-0.3, 0.2, 0.5],
];

describe("mvgaussian spec", () => {
  it("names the key path and what is allowed", () => {
    const notSpd = issuesOf({
      mean: [0, 0],
      cov: [
        [1, 2],
        [2, 1],
      ],
    });
    expect(notSpd).toHaveLength(1);
    expect(notSpd[0]!.path).toBe("truth.cov");
    expect(notSpd[0]!.allowed).toMatch(/positive-definite.*pivot 1/);
    expect(
      issuesOf({
        mean: [0, 0],
        cov: [
          [1, 0.5],
          [0.4, 1],
        ],
      })[0]!.path,
    ).toBe("truth.cov.1.0");
    expect(issuesOf({ mean: [0, 0], cov: [[1, 0]] })[0]!.allowed).toMatch(/d = 2/);
    expect(issuesOf({ mean: new Array(65).fill(0) })[0]).toEqual({
      path: "truth.mean",
      allowed: "a list of 1 to 64 finite numbers",
    });
    expect(issuesOf({ mean: [0], sd: 1, cov: [[1]] })[0]!.path).toBe("truth");
    expect(issuesOf({ mean: [0] }, { covariance: "banded" })[0]).toEqual({
      path: "model.covariance",
      allowed: "one of full, diagonal, isotropic",
    });
    expect(issuesOf({ mean: [0, 0], cov: COV.slice(0, 2).map((r) => r.slice(0, 2)) })).toEqual([]);
  });
});

describe("mvgaussian checkpoints", () => {
  it("decode(encode(x)) reproduces models and data exactly, values included", () => {
    const family = instance({ mean: [1, -2, 0.5], cov: COV }, "full", true);
    const rng = Rng.fromSeed(2);
    const data = family.sampleTruth(rng, 30);
    const model = family.fit(data, family.truth);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(family.decodeModel(json(family.encodeModel(model)))).toEqual(model);
    expect(family.decodeData(json(family.encodeData(data)))).toEqual(data);
    expect(data.values).toHaveLength(90);
  });

  it("pools statistics exactly as the statistics of the pooled points", () => {
    const rng = Rng.fromSeed(4);
    for (const kind of ["full", "diagonal", "isotropic"] as const) {
      const family = instance({ mean: [1, -2, 0.5], cov: COV }, kind, true);
      const a = family.sampleTruth(rng, 7);
      const b = family.sampleTruth(rng, 12);
      const pooled = combineMvGaussianData(a, b, kind, 3);
      const direct = statsOfPoints(pooled.values!, 3, kind);
      expect(pooled.count).toBe(19);
      for (let i = 0; i < 3; i++) expect(pooled.mean[i]).toBeCloseTo(direct.mean[i]!, 12);
      for (let i = 0; i < direct.scatter.length; i++)
        expect(pooled.scatter[i]).toBeCloseTo(direct.scatter[i]!, 11);
    }
  });
});

describe("mvgaussian sampling", () => {
  const d = 3;
  const sigma = COV.flat();
  const { l } = choleskyFactor(sigma, d);
  for (const m of [9, 2]) {
    it(`draws Wishart(Sigma, ${m}) with mean ${m} Sigma (${m >= d ? "Bartlett" : "singular, m < d"})`, () => {
      const rng = Rng.fromSeed(100 + m);
      const R = 20000;
      const draws = Array.from({ length: d * d }, () => new Float64Array(R));
      for (let r = 0; r < R; r++) {
        const w = congruence(l, sampleStandardWishart(rng, d, m), d);
        for (let k = 0; k < d * d; k++) draws[k]![r] = w[k]!;
      }
      for (let i = 0; i < d; i++) {
        for (let j = 0; j <= i; j++) {
          const k = i * d + j;
          const x = draws[k]!;
          const mean = x.reduce((a, b) => a + b, 0) / R;
          const m2 = x.reduce((a, b) => a + (b - mean) ** 2, 0) / R;
          const m4 = x.reduce((a, b) => a + (b - mean) ** 4, 0) / R;
          expect(Math.abs(mean - m * sigma[k]!)).toBeLessThan(Z * Math.sqrt(m2 / R));
          // Var W_ij = m (S_ij^2 + S_ii S_jj); the SE of a sample variance is sqrt((m4 - m2^2) / R).
          const exact = m * (sigma[k]! ** 2 + sigma[i * d + i]! * sigma[j * d + j]!);
          expect(Math.abs(m2 - exact)).toBeLessThan(Z * Math.sqrt((m4 - m2 * m2) / R));
        }
      }
    });
  }

  it("draws the sample mean from N(mu, Sigma / n)", () => {
    const family = instance({ mean: [1, -2, 0.5], cov: COV });
    const rng = Rng.fromSeed(9);
    const R = 20000;
    const n = 8;
    const xs: number[][] = [[], [], []];
    for (let r = 0; r < R; r++) {
      const data = family.sampleTruth(rng, n);
      for (let i = 0; i < 3; i++) xs[i]!.push(data.mean[i]!);
    }
    for (let i = 0; i < 3; i++) {
      const mean = xs[i]!.reduce((a, b) => a + b, 0) / R;
      const variance = xs[i]!.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1);
      const s2 = COV[i]![i]! / n;
      expect(Math.abs(mean - [1, -2, 0.5][i]!)).toBeLessThan(Z * Math.sqrt(s2 / R));
      expect(Math.abs(variance - s2)).toBeLessThan(Z * s2 * Math.sqrt(2 / (R - 1)));
    }
  });
});

describe("mvgaussian metrics", () => {
  it("reduce to the 1-D Gaussian formulas at d = 1", () => {
    const family = instance({ mean: [0.5], sd: 2 });
    const got = metrics(family, { mean: Float64Array.of(1.5), cov: Float64Array.of(9), structure: "full" });
    expect(got.sq_err_mean).toBeCloseTo(1, 14);
    expect(got.trace_cov).toBe(9);
    expect(got.log_det_cov).toBeCloseTo(Math.log(9), 14);
    expect(got.w2sq).toBeCloseTo(1 + 1, 12);
    expect(got.kl_rev).toBeCloseTo(0.5 * (Math.log(4 / 9) + (9 + 1) / 4 - 1), 14);
  });

  it("give W2 and KL of full 2 x 2 covariances in closed form (tr sqrt M = sqrt(tr M + 2 sqrt det M))", () => {
    const s = [2, 0.7, 0.7, 1];
    const a = [0.8, -0.3, -0.3, 1.5];
    const family = instance({ mean: [0, 0], cov: [s.slice(0, 2), s.slice(2)] });
    const got = metrics(family, {
      mean: Float64Array.of(0.3, -0.4),
      cov: Float64Array.from(a),
      structure: "full",
    });
    const detS = s[0]! * s[3]! - s[1]! ** 2;
    const detA = a[0]! * a[3]! - a[1]! ** 2;
    // tr(S A) and det(S A) give tr sqrt(S^1/2 A S^1/2) without any square root of a matrix.
    const trSA = s[0]! * a[0]! + 2 * s[1]! * a[1]! + s[3]! * a[3]!;
    const fidelity = Math.sqrt(trSA + 2 * Math.sqrt(detS * detA));
    const w2 = 0.25 + s[0]! + s[3]! + a[0]! + a[3]! - 2 * fidelity;
    expect(got.w2sq).toBeCloseTo(w2, 12);
    const inv = [s[3]! / detS, -s[1]! / detS, -s[1]! / detS, s[0]! / detS];
    const trInvA = inv[0]! * a[0]! + 2 * inv[1]! * a[1]! + inv[3]! * a[3]!;
    const maha = inv[0]! * 0.09 + 2 * inv[1]! * 0.3 * -0.4 + inv[3]! * 0.16;
    expect(got.kl_rev).toBeCloseTo(0.5 * (trInvA + maha - 2 + Math.log(detS / detA)), 12);
    expect(got.log_det_cov).toBeCloseTo(Math.log(detA), 13);
  });

  it("reports a singular fit as log det -Infinity, never throwing", () => {
    const family = instance({ mean: [0, 0], sd: 1 });
    const got = metrics(family, {
      mean: Float64Array.of(0, 0),
      cov: Float64Array.of(1, 1, 1, 1),
      structure: "full",
    });
    expect(got.log_det_cov).toBe(Number.NEGATIVE_INFINITY);
    expect(got.kl_rev).toBe(Number.POSITIVE_INFINITY);
    expect(got.w2sq).toBeCloseTo(4 - 2 * Math.SQRT2, 12);
  });
});

describe("mvgaussian loop", () => {
  const d = 3;
  const n = 20;
  const q = (n - 1) / n;
  for (const [covariance, estimator] of [
    ["full", "mle"],
    ["diagonal", "mle"],
    ["isotropic", "mle"],
    ["full", "unbiased"],
  ] as const) {
    it(`follows the per-dimension 1-D law under ${covariance} ${estimator} (MLE: E tr S_t = d q^t; unbiased: d)`, () => {
      const spec = normaliseSpec({
        name: "mv",
        seed: 21,
        replicates: 3000,
        generations: 12,
        truth: { family: "mvgaussian", mean: [0, 0, 0] },
        model: { family: "mvgaussian", covariance, estimator },
        data: { n },
      });
      for (const { record } of runGenerations(spec)) {
        if (record.t !== 4 && record.t !== 12) continue;
        const t = record.t;
        const trace = record.metrics.trace_cov!;
        const err = record.metrics.sq_err_mean!;
        const eTrace = estimator === "mle" ? d * q ** t : d;
        const eErr = estimator === "mle" ? d * (1 - q ** t) : (d * t) / n;
        expect(Math.abs(trace.mean! - eTrace)).toBeLessThan(Z * trace.se!);
        expect(Math.abs(err.mean! - eErr)).toBeLessThan(Z * err.se!);
      }
    });
  }

  it("keeps running when n <= d makes every full fit singular, counting log det as non-finite", () => {
    const spec = normaliseSpec({
      name: "mv",
      replicates: 6,
      generations: 4,
      truth: { family: "mvgaussian", mean: [0, 0, 0, 0] },
      data: { n: 3 },
    });
    const last = [...runGenerations(spec)].at(-1)!.record.metrics;
    expect(last.log_det_cov!.nonfinite).toBe(6);
    expect(last.kl_rev!.nonfinite).toBe(6);
    expect(last.trace_cov!.mean).toBeGreaterThan(0);
    expect(last.w2sq!.nonfinite).toBeUndefined();
  });

  it("runs accumulate-subsample on kept points", () => {
    const spec = normaliseSpec({
      name: "mv",
      replicates: 5,
      generations: 4,
      truth: {
        family: "mvgaussian",
        mean: [0, 0],
        cov: [
          [1, 0.5],
          [0.5, 1],
        ],
      },
      data: { n: 10, regime: "accumulate-subsample" },
    });
    const records = [...runGenerations(spec)].map((s) => s.record);
    expect(records).toHaveLength(5);
    expect(records[4]!.metrics.trace_cov!.mean).toBeGreaterThan(0);
  });
});
