import { describe, expect, it } from "vitest";
import { digamma, logGamma } from "../../src/core/stats/special.js";
import {
  gaussianMleFourthMoment,
  gaussianMleLogVariance,
  gaussianMleMeanVariance,
  gaussianMleVariance,
  logVarianceStepVariance,
  sdStepMean,
} from "../../src/theory/gaussianReplaceMle.js";
import {
  type GaussianMoments,
  gaussianFreshAlphaFixedPoint,
  gaussianReplaceStep,
} from "../../src/theory/gaussianReplaceMoments.js";
import {
  gaussianUnbiasedLogVariance,
  gaussianUnbiasedMeanVariance,
  gaussianUnbiasedSd,
  gaussianUnbiasedTailBound,
  gaussianUnbiasedW2sq,
} from "../../src/theory/gaussianReplaceUnbiased.js";

function run(n: number, ks: (t: number) => number, t: number, divisor: number, tau = 1): GaussianMoments {
  let m: GaussianMoments = { a: 0, b: 1 };
  for (let j = 1; j <= t; j++) m = gaussianReplaceStep(m, { n, k: j === 1 ? n : ks(j), tau, divisor });
  return m;
}

describe("Gaussian replace, MLE", () => {
  it("the recursion with no fresh data is q^t and 1 - q^t", () => {
    for (const n of [2, 5, 100]) {
      for (const t of [0, 1, 2, 7, 50, 400]) {
        const m = run(n, () => 0, t, n);
        expect(m.b).toBeCloseTo(gaussianMleVariance(n, t), 12);
        expect(m.a).toBeCloseTo(gaussianMleMeanVariance(n, t), 12);
      }
    }
  });

  it("conserves E sigma^2 + Var mu = 1 for every fresh-data schedule", () => {
    const schedules = [
      () => 0,
      () => 30,
      (t: number) => Math.round(100 / (t - 1)),
      (t: number) => (t % 3) * 17,
    ];
    for (const ks of schedules) {
      for (const t of [1, 2, 3, 10, 200]) {
        const m = run(100, ks, t, 100);
        expect(m.a + m.b).toBeCloseTo(1, 12);
      }
    }
  });

  it("1 - q^t is about t/n only while t << n", () => {
    expect(gaussianMleMeanVariance(1000, 10) / (10 / 1000)).toBeCloseTo(1, 2);
    expect(gaussianMleMeanVariance(100, 500) / (500 / 100)).toBeLessThan(0.2);
  });

  it("E sigma^4 = (1 - 1/n^2)^t matches the chi-square moments", () => {
    const n = 10;
    const step = ((n - 1) ** 2 + 2 * (n - 1)) / (n * n);
    expect(gaussianMleFourthMoment(n, 3)).toBeCloseTo(step ** 3, 14);
  });

  it("log sigma^2 steps: mean psi((n-1)/2) + ln(2/n) ~ -2/n, variance psi_1((n-1)/2) ~ 2/n", () => {
    const n = 1000;
    expect(gaussianMleLogVariance(n, 1) * n).toBeCloseTo(-2, 1);
    expect(logVarianceStepVariance(n) * n).toBeCloseTo(2, 1);
    expect(gaussianMleLogVariance(100, 5)).toBeCloseTo(5 * (digamma(49.5) + Math.log(0.02)), 14);
  });

  it("E sqrt(chi^2_{n-1}/n) from the Gamma ratio", () => {
    // n = 3: chi_2 has mean sqrt(pi/2).
    expect(sdStepMean(3, 3)).toBeCloseTo(Math.sqrt(Math.PI / 2) / Math.sqrt(3), 12);
    expect(sdStepMean(3, 1)).toBeCloseTo(Math.exp(0.5 * Math.log(2) + logGamma(1.5) - logGamma(1)), 12);
  });
});

describe("Gaussian replace, unbiased", () => {
  it("is a martingale in sigma^2 with Var mu_t = t/n", () => {
    for (const t of [0, 1, 5, 300]) {
      const m = run(50, () => 0, t, 49);
      expect(m.b).toBeCloseTo(1, 12);
      expect(m.a).toBeCloseTo(gaussianUnbiasedMeanVariance(50, t), 12);
    }
  });

  it("E sigma_t = c^t decays although E sigma_t^2 = 1, so W2^2 grows like t/n + 2", () => {
    const n = 20;
    expect(gaussianUnbiasedSd(n, 1)).toBeLessThan(1);
    expect(gaussianUnbiasedSd(n, 2000)).toBeLessThan(1e-6);
    expect(gaussianUnbiasedW2sq(n, 0)).toBe(0);
    expect(gaussianUnbiasedW2sq(n, 2000) - 2000 / n).toBeCloseTo(2, 5);
    expect(gaussianUnbiasedLogVariance(n, 10)).toBeLessThan(0);
  });

  it("c <= exp(-1/(4n)), so the tail bound holds", () => {
    for (let n = 2; n <= 2000; n++)
      expect(gaussianUnbiasedSd(n, 1)).toBeLessThanOrEqual(Math.exp(-1 / (4 * n)));
    expect(gaussianUnbiasedTailBound(10, 400, 0.5)).toBeCloseTo(2 * Math.exp(-10), 14);
  });
});

describe("Gaussian fresh-alpha fixed point", () => {
  it("solves the theory-notes system with a + b = 1 and a = (1/n)/(1 - (1-alpha)^2 + (1-alpha)/n)", () => {
    for (const [n, k] of [
      [100, 10],
      [100, 50],
      [10, 1],
      [1000, 999],
    ] as const) {
      const alpha = k / n;
      const fp = gaussianFreshAlphaFixedPoint({ n, k, tau: 1, divisor: n })!;
      expect(fp.a + fp.b).toBeCloseTo(1, 12);
      expect(fp.a).toBeCloseTo(1 / n / (1 - (1 - alpha) ** 2 + (1 - alpha) / n), 12);
      // the theory-notes equations
      expect(fp.a).toBeCloseTo(alpha / n + (1 - alpha) ** 2 * fp.a + ((1 - alpha) * fp.b) / n, 12);
      expect(fp.b).toBeCloseTo(
        alpha * (1 - 1 / n) + (1 - alpha) * (1 - 1 / n) * fp.b + alpha * (1 - alpha) * fp.a,
        12,
      );
    }
  });

  it("is the limit of the recursion, also with temperature and the unbiased estimator", () => {
    for (const [tau, divisor] of [
      [1, 100],
      [0.8, 100],
      [1.005, 99],
    ] as const) {
      const fp = gaussianFreshAlphaFixedPoint({ n: 100, k: 20, tau, divisor })!;
      const m = run(100, () => 20, 5000, divisor, tau);
      expect(m.a).toBeCloseTo(fp.a, 10);
      expect(m.b).toBeCloseTo(fp.b, 10);
    }
  });

  it("has no fixed point without fresh data under the MLE (collapse to a point)", () => {
    const fp = gaussianFreshAlphaFixedPoint({ n: 100, k: 0, tau: 1, divisor: 100 });
    expect(fp === null || fp.b === 0).toBe(true);
  });
});
