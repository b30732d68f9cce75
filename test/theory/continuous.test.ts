import { describe, expect, it } from "vitest";
import { entropyOf } from "../../src/core/stats/discreteMetrics.js";
import {
  gaussianDesignTraceInverse,
  regressionAccumulateError,
  regressionReplaceError,
} from "../../src/theory/linearRegression.js";
import { softVerifierGaussian } from "../../src/theory/softVerifierGaussian.js";
import {
  discreteMetricsOfLog,
  temperatureFreshFixedPoint,
  temperatureFreshStep,
  temperatureMapLog,
} from "../../src/theory/temperatureMap.js";

const star = [0.5, 0.3, 0.15, 0.05];
const logStar = Float64Array.from(star, Math.log);

describe("temperature map (infinite sample)", () => {
  it("equals the direct power-and-normalise iteration while that does not underflow", () => {
    for (const tau of [0.7, 1.3]) {
      let p = [...star];
      for (let t = 2; t <= 12; t++) {
        const w = p.map((x) => x ** (1 / tau));
        const z = w.reduce((a, b) => a + b, 0);
        p = w.map((x) => x / z);
        const logs = temperatureMapLog(logStar, tau, t);
        for (let i = 0; i < star.length; i++) expect(Math.exp(logs[i]!)).toBeCloseTo(p[i]!, 12);
      }
    }
  });

  it("tau < 1 collapses onto the mode and tau > 1 flattens, with no underflow at t = 2000", () => {
    const cold = temperatureMapLog(logStar, 0.5, 2000);
    const hot = temperatureMapLog(logStar, 2, 2000);
    expect(Math.exp(cold[0]!)).toBe(1);
    expect(cold.every((x) => !Number.isNaN(x))).toBe(true);
    for (const l of hot) expect(Math.exp(l)).toBeCloseTo(0.25, 12);
  });

  it("with fresh data has a fixed point with entropy below H* for tau < 1, above for tau > 1", () => {
    const h = entropyOf(star);
    for (const [tau, sign] of [
      [0.8, -1],
      [1.25, 1],
    ] as const) {
      const fp = temperatureFreshFixedPoint(logStar, tau, 0.3);
      const again = temperatureFreshStep(fp, logStar, tau, 0.3, 0);
      for (let i = 0; i < star.length; i++) expect(again[i]!).toBeCloseTo(fp[i]!, 10);
      expect(Math.sign(discreteMetricsOfLog(fp, star).entropy - h)).toBe(sign);
      // stable: reached from the uniform start too
      const fromUniform = temperatureFreshFixedPoint(
        logStar,
        tau,
        0.3,
        new Float64Array(4).fill(Math.log(0.25)),
      );
      for (let i = 0; i < star.length; i++) expect(fromUniform[i]!).toBeCloseTo(fp[i]!, 9);
    }
  });
});

describe("soft verifier", () => {
  it("the closed form equals t products of the model and the acceptance Gaussian", () => {
    let [m, v] = [1, 4];
    const [c, tau] = [-2, 1.5];
    for (let t = 1; t <= 20; t++) {
      const precision = 1 / v + 1 / (tau * tau);
      m = (m / v + c / (tau * tau)) / precision;
      v = 1 / precision;
      const s = softVerifierGaussian(1, 2, c, tau, t);
      expect(s.mean).toBeCloseTo(m, 12);
      expect(s.variance).toBeCloseTo(v, 12);
    }
    expect(softVerifierGaussian(1, 2, c, tau, 1e9).mean).toBeCloseTo(c, 6);
  });
});

describe("linear regression", () => {
  it("replace grows linearly, accumulate stays below pi^2/6 times the first error", () => {
    const tr = gaussianDesignTraceInverse(50, 5);
    expect(tr).toBeCloseTo(5 / 44, 14);
    expect(regressionReplaceError(10, 2, tr)).toBeCloseTo(10 * regressionReplaceError(1, 2, tr), 12);
    expect(regressionAccumulateError(1e5, 2, tr)).toBeLessThan(
      (Math.PI ** 2 / 6) * regressionAccumulateError(1, 2, tr),
    );
    expect(regressionAccumulateError(1e5, 2, tr)).toBeCloseTo((Math.PI ** 2 / 6) * 2 * tr, 4);
  });
});
