// Discrete metrics and the temperature map, against values computed by hand and a direct (non-log-space) formula.
import { describe, expect, it } from "vitest";
import { applyTemperature, entropyOf, measureDiscrete } from "../../src/core/stats/discreteMetrics.js";

function measure(p: number[], q: number[]): number[] {
  const out = new Float64Array(7);
  measureDiscrete(p, q, out);
  return [...out];
}

describe("measureDiscrete", () => {
  it("gives entropy, Gini-Simpson, support, KL, TV, squared distance and fixation", () => {
    const [h, gini, support, kl, tv, sq, fixed] = measure([0.5, 0.5, 0], [0.25, 0.25, 0.5]);
    expect(h).toBeCloseTo(Math.LN2, 15);
    expect(gini).toBeCloseTo(0.5, 15);
    expect(support).toBe(2);
    expect(kl).toBeCloseTo(Math.LN2, 15); // sum 0.5 ln(0.5 / 0.25)
    expect(tv).toBeCloseTo(0.5, 15);
    expect(sq).toBeCloseTo(0.0625 * 2 + 0.25, 15);
    expect(fixed).toBe(0);
  });

  it("is zero divergence against itself, and +infinity KL where p has mass that q has not", () => {
    const p = [0.1, 0.2, 0.7];
    expect(measure(p, p).slice(3, 6)).toEqual([0, 0, 0]);
    expect(measure([0.9, 0.1], [1, 0])[3]).toBe(Number.POSITIVE_INFINITY);
    expect(measure([1, 0], [0.5, 0.5])).toEqual([0, 0, 1, Math.LN2, 0.5, 0.5, 1]);
  });

  it("writes at the offset it is given and nowhere else", () => {
    const out = new Float64Array(10).fill(-1);
    measureDiscrete([1], [1], out, 2);
    expect([...out]).toEqual([-1, -1, 0, 0, 1, 0, 0, 0, 1, -1]);
  });

  it("entropyOf agrees with the metric", () => {
    const p = [0.5, 0.3, 0.15, 0.05, 0];
    expect(entropyOf(p)).toBe(measure(p, p)[0]);
  });
});

describe("applyTemperature", () => {
  it("is p^(1/T) renormalised, leaves T = 1 alone and keeps zeros at zero", () => {
    const p = [0.5, 0.3, 0.2, 0];
    for (const T of [0.25, 0.5, 1, 2, 10]) {
      const direct = p.map((x) => x ** (1 / T));
      const total = direct.reduce((a, b) => a + b, 0);
      const got = applyTemperature(p, T);
      for (let i = 0; i < p.length; i++) expect(got[i]!).toBeCloseTo(direct[i]! / total, 14);
      expect(got[3]).toBe(0);
    }
    expect([...applyTemperature(p, 1)].map((x) => Number(x.toFixed(15)))).toEqual(p);
  });

  it("does not underflow where p^(1/T) alone would: the ratios survive in log space", () => {
    // (1e-200)^(1/0.5) = 1e-400 underflows to 0 directly, but the pair 1e-200, 2e-200 has ratio 4 after T = 0.5.
    const got = applyTemperature([1e-200, 2e-200], 0.5);
    expect(got[0]!).toBeCloseTo(0.2, 14);
    expect(got[1]!).toBeCloseTo(0.8, 14);
  });
});
