// Gamma and chi-square deviates: moments, E log X = digamma(shape), and chi-square fit to the CDF P(shape, x).
import { describe, expect, it } from "vitest";
import { sampleChiSquare, sampleGamma } from "../../src/core/random/gamma.js";
import { Rng } from "../../src/core/rng.js";
import { digamma, trigamma } from "../../src/core/stats/special.js";
import { chiSquareCritical, continuousGof, moments, normalCdf, regularisedGammaP } from "./statistics.js";

// More than 20 statistical assertions in this file: 5 SE.
const Z = 5;
const N = 40_000;

function drawMany(draw: () => number): Float64Array {
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = draw();
  return xs;
}

describe("the reference CDF used below", () => {
  it("P(a, x) matches its closed forms for a = 1, 1/2 and 3", () => {
    for (const x of [0.01, 0.5, 1, 2, 3.5, 10, 40]) {
      expect(regularisedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 12);
      expect(regularisedGammaP(3, x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x + (x * x) / 2), 12);
      // P(1/2, x) = erf(sqrt x) = 2 Phi(sqrt(2x)) - 1; normalCdf is good to ~1e-7.
      expect(Math.abs(regularisedGammaP(0.5, x) - (2 * normalCdf(Math.sqrt(2 * x)) - 1))).toBeLessThan(1e-6);
    }
  });
});

describe("sampleGamma", () => {
  for (const shape of [0.3, 1, 2.5, 50, 1e4]) {
    it(`shape ${shape}: mean = var = shape, E log X = digamma(shape), and the CDF fits`, () => {
      const rng = Rng.fromSeed(1000 + Math.round(10 * shape));
      const xs = drawMany(() => sampleGamma(rng, shape));
      expect(xs.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
      const m = moments(xs);
      expect(Math.abs(m.mean - shape)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - shape)).toBeLessThan(Z * m.seVariance);
      // log X has mean digamma(shape) and variance trigamma(shape).
      const logs = moments(xs.map(Math.log));
      expect(Math.abs(logs.mean - digamma(shape))).toBeLessThan(Z * Math.sqrt(trigamma(shape) / N));
      const gof = continuousGof(xs, (x) => regularisedGammaP(shape, x), 100);
      expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
    });
  }

  it("returns NaN for a shape that is not > 0", () => {
    const rng = Rng.fromSeed(1);
    for (const shape of [0, -1, Number.NaN]) expect(sampleGamma(rng, shape)).toBeNaN();
  });
});

describe("sampleChiSquare", () => {
  for (const df of [1, 7, 99]) {
    it(`df ${df}: mean df, variance 2 df, and the CDF P(df/2, x/2) fits`, () => {
      const rng = Rng.fromSeed(2000 + df);
      const xs = drawMany(() => sampleChiSquare(rng, df));
      const m = moments(xs);
      expect(Math.abs(m.mean - df)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - 2 * df)).toBeLessThan(Z * m.seVariance);
      const gof = continuousGof(xs, (x) => regularisedGammaP(df / 2, x / 2), 100);
      expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
    });
  }
});
