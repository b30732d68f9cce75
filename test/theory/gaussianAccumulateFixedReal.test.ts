import { describe, expect, it } from "vitest";
import {
  ACCUMULATE_START,
  type AccumulateState,
  accumulateVariance,
  gaussianAccumulateMeanVariance,
  gaussianAccumulateStep,
  gaussianAccumulateVariance,
  gaussianAccumulateVarianceLimit,
} from "../../src/theory/gaussianAccumulate.js";
import {
  type FixedRealMoments,
  fixedRealFirstFit,
  fixedRealStationaryGap,
  gaussianFixedRealStep,
} from "../../src/theory/gaussianFixedReal.js";

const mle = (m: number) => m;

function accumulate(n: number, t: number, k = 0, tau = 1, divisor = mle): AccumulateState {
  let s = ACCUMULATE_START;
  for (let j = 1; j <= t; j++) s = gaussianAccumulateStep(s, { n, k: j === 1 ? n : k, tau, divisor });
  return s;
}

describe("Gaussian accumulate", () => {
  it("the recursion with no fresh data equals q prod (1 - 1/(k^2 n)) and the Var mu sum", () => {
    for (const n of [2, 10, 100]) {
      for (const t of [1, 2, 3, 20, 300]) {
        const s = accumulate(n, t);
        expect(accumulateVariance(s, mle)).toBeCloseTo(gaussianAccumulateVariance(n, t), 12);
        expect(s.a).toBeCloseTo(gaussianAccumulateMeanVariance(n, t), 12);
      }
    }
  });

  it("E sigma^2 tends to sin(pi/sqrt n)/(pi/sqrt n) and Var mu to about (pi^2/6)/n", () => {
    for (const n of [4, 50, 1000]) {
      const limit = gaussianAccumulateVarianceLimit(n);
      expect(gaussianAccumulateVariance(n, 200_000)).toBeCloseTo(limit, 5);
      expect(gaussianAccumulateVariance(n, 10)).toBeGreaterThan(limit);
    }
    expect(gaussianAccumulateMeanVariance(1000, 20_000) * 1000).toBeCloseTo(Math.PI ** 2 / 6, 2);
  });

  it("fresh data only adds exogenous samples: alpha = 1 is the i.i.d. pool of t n draws", () => {
    const n = 20;
    const t = 7;
    const s = accumulate(n, t, n);
    expect(s.a).toBeCloseTo(1 / (n * t), 12);
    expect(accumulateVariance(s, mle)).toBeCloseTo((n * t - 1) / (n * t), 12);
    expect(
      accumulateVariance(
        accumulate(n, t, n, 1, (m) => m - 1),
        (m) => m - 1,
      ),
    ).toBeCloseTo(1, 12);
  });
});

function fixedReal(n: number, synthetic: number, t: number, tau = 1, divisor = mle): FixedRealMoments {
  let m = fixedRealFirstFit(n, divisor);
  for (let j = 2; j <= t; j++) m = gaussianFixedRealStep(m, { n, synthetic, tau, divisor });
  return m;
}

describe("Gaussian fixed-real", () => {
  it("with sigma held at 1 the gap Var(mu - xbar_D) tends to lambda/((1 + 2 lambda) n)", () => {
    // Known sigma: replace b by 1 and tau by 1 in the mean part of the recursion.
    for (const lambda of [0.5, 1, 4]) {
      const n = 50;
      const l = lambda * n;
      let c = 1 / n;
      let a = 1 / n;
      for (let j = 0; j < 2000; j++) {
        const total = n + l;
        const nextA = (n * n * (1 / n) + 2 * n * l * c + l * l * a + l) / (total * total);
        c = (n * (1 / n) + l * c) / total;
        a = nextA;
      }
      expect(a - 2 * c + 1 / n).toBeCloseTo(fixedRealStationaryGap(n, lambda), 12);
    }
  });

  it("no synthetic data keeps the first fit; the mean stays anchored: E mu^2 <= 1/n + gap", () => {
    const first = fixedRealFirstFit(30, mle);
    expect(fixedReal(30, 0, 10)).toEqual(first);
    const m = fixedReal(30, 30, 500);
    expect(m.c).toBeCloseTo(1 / 30, 12);
    expect(m.a).toBeGreaterThan(1 / 30);
    expect(m.a).toBeLessThan(1 / 30 + 1.01 * fixedRealStationaryGap(30, 1, 1));
    expect(m.b).toBeGreaterThan(0.5);
  });
});
