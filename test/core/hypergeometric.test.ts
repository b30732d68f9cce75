// Hypergeometric deviates: closed-form mean and variance, exact-pmf fit, edges; the multivariate version's totals and marginals.
import { describe, expect, it } from "vitest";
import {
  sampleHypergeometric,
  sampleMultivariateHypergeometric,
} from "../../src/core/random/hypergeometric.js";
import { Rng } from "../../src/core/rng.js";
import { chiSquareCritical, discreteGof, logChoose, moments } from "./statistics.js";

// Fewer than 20 statistical assertions: 4 SE.
const Z = 4;
const N = 30_000;

describe("sampleHypergeometric", () => {
  const cases = [
    { good: 20, bad: 30, draws: 15 },
    { good: 3, bad: 97, draws: 50 },
    { good: 60, bad: 40, draws: 90 },
    { good: 5000, bad: 10000, draws: 3000 },
  ];
  for (const { good, bad, draws } of cases) {
    it(`good ${good}, bad ${bad}, draws ${draws}: closed-form mean and variance, exact pmf`, () => {
      const rng = Rng.fromSeed(good * 7 + bad * 3 + draws);
      const total = good + bad;
      const lo = Math.max(0, draws - bad);
      const hi = Math.min(good, draws);
      const xs = new Float64Array(N);
      let outside = 0;
      for (let i = 0; i < N; i++) {
        const x = sampleHypergeometric(rng, good, bad, draws);
        if (!(Number.isInteger(x) && x >= lo && x <= hi)) outside++;
        xs[i] = x;
      }
      expect(outside).toBe(0);
      const mean = (draws * good) / total;
      const variance = (draws * (good / total) * (bad / total) * (total - draws)) / (total - 1);
      const m = moments(xs);
      expect(Math.abs(m.mean - mean)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - variance)).toBeLessThan(Z * m.seVariance);
      const pmf = (x: number) =>
        x < lo || x > hi
          ? 0
          : Math.exp(logChoose(good, x) + logChoose(bad, draws - x) - logChoose(total, draws));
      const gof = discreteGof(xs, pmf, lo, hi);
      expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
    });
  }

  it("is exact at the edges: no draws, no successes, no failures, drawing everything", () => {
    const rng = Rng.fromSeed(90);
    expect(sampleHypergeometric(rng, 10, 10, 0)).toBe(0);
    expect(sampleHypergeometric(rng, 0, 10, 5)).toBe(0);
    expect(sampleHypergeometric(rng, 10, 0, 4)).toBe(4);
    expect(sampleHypergeometric(rng, 7, 5, 12)).toBe(7);
    expect(sampleHypergeometric(rng, 7, 5, 20)).toBe(7);
    // draws = bad + good - 1: exactly one item is left behind, so the count is good or good - 1.
    for (let i = 0; i < 50; i++) expect([6, 7]).toContain(sampleHypergeometric(rng, 7, 5, 11));
  });
});

describe("sampleMultivariateHypergeometric", () => {
  it("draws exactly n, never more than a category holds, nothing from empty categories, with marginals n c_i / N", () => {
    const counts = [5, 0, 10, 20, 1];
    const pool = counts.reduce((a, b) => a + b, 0);
    const n = 12;
    const rng = Rng.fromSeed(91);
    const draws = 20_000;
    const cells = counts.map(() => new Float64Array(draws));
    let wrong = 0;
    const out = new Float64Array(counts.length);
    for (let d = 0; d < draws; d++) {
      sampleMultivariateHypergeometric(rng, counts, n, out);
      let total = 0;
      for (let i = 0; i < counts.length; i++) {
        if (out[i]! > counts[i]! || out[i]! < 0) wrong++;
        total += out[i]!;
        cells[i]![d] = out[i]!;
      }
      if (total !== n) wrong++;
    }
    expect(wrong).toBe(0);
    expect(cells[1]!.every((x) => x === 0)).toBe(true);
    for (const i of [0, 2, 3]) {
      const m = moments(cells[i]!);
      expect(Math.abs(m.mean - (n * counts[i]!) / pool)).toBeLessThan(Z * m.seMean);
    }
  });

  it("returns the whole pool when n exceeds it", () => {
    const rng = Rng.fromSeed(92);
    expect([...sampleMultivariateHypergeometric(rng, [3, 0, 4], 100)]).toEqual([3, 0, 4]);
    expect([...sampleMultivariateHypergeometric(rng, [3, 0, 4], 0)]).toEqual([0, 0, 0]);
  });
});
