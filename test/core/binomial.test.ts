// Binomial deviates in both regimes (inversion, BTRD), p > 1/2 by symmetry, and huge n: moments and exact-pmf fit.
import { describe, expect, it } from "vitest";
import { sampleBinomial } from "../../src/core/random/binomial.js";
import { Rng } from "../../src/core/rng.js";
import { chiSquareCritical, discreteGof, logChoose, moments } from "./statistics.js";

// More than 20 statistical assertions in this file: 5 SE.
const Z = 5;
const N = 40_000;

function binomialPmf(n: number, p: number): (k: number) => number {
  return (k) => (k < 0 || k > n ? 0 : Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p)));
}

// n * min(p, 1 - p) < 10 is inversion, else BTRD; the km <= 15 and km > 15 branches of BTRD both occur once npq is large.
const cases: { n: number; p: number; regime: string }[] = [
  { n: 20, p: 0.3, regime: "inversion" },
  { n: 30, p: 0.9, regime: "inversion of 1 - p" },
  { n: 1e7, p: 5e-7, regime: "inversion with huge n" },
  { n: 100, p: 0.1, regime: "BTRD at its threshold n p = 10" },
  { n: 1000, p: 0.3, regime: "BTRD" },
  { n: 500, p: 0.7, regime: "BTRD of 1 - p" },
  { n: 1e7, p: 0.3, regime: "BTRD with huge n" },
  { n: 101, p: 0.5, regime: "BTRD at p = 1/2" },
];

describe("sampleBinomial", () => {
  for (const { n, p, regime } of cases) {
    it(`n = ${n}, p = ${p} (${regime}): mean n p, variance n p q, exact pmf`, () => {
      const rng = Rng.fromSeed(Math.round(n * 1000 * p) + n);
      const xs = new Float64Array(N);
      let bad = 0;
      for (let i = 0; i < N; i++) {
        const x = sampleBinomial(rng, n, p);
        if (!(Number.isInteger(x) && x >= 0 && x <= n)) bad++;
        xs[i] = x;
      }
      expect(bad).toBe(0);
      const m = moments(xs);
      expect(Math.abs(m.mean - n * p)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - n * p * (1 - p))).toBeLessThan(Z * m.seVariance);
      const sd = Math.sqrt(n * p * (1 - p));
      const lo = Math.max(0, Math.floor(n * p - 8 * sd - 2));
      const hi = Math.min(n, Math.ceil(n * p + 8 * sd + 2));
      const gof = discreteGof(xs, binomialPmf(n, p), lo, hi);
      expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
    });
  }

  it("is exact at the edges: n = 0, p = 0, p = 1", () => {
    const rng = Rng.fromSeed(3);
    for (let i = 0; i < 100; i++) {
      expect(sampleBinomial(rng, 0, 0.4)).toBe(0);
      expect(sampleBinomial(rng, 1e7, 0)).toBe(0);
      expect(sampleBinomial(rng, 1e7, 1)).toBe(1e7);
      expect(sampleBinomial(rng, 5, 1)).toBe(5);
    }
  });

  it("returns NaN for invalid arguments instead of throwing", () => {
    const rng = Rng.fromSeed(4);
    for (const [n, p] of [
      [-1, 0.5],
      [10, -0.1],
      [10, 1.5],
      [Number.NaN, 0.5],
      [10, Number.NaN],
    ] as const) {
      expect(sampleBinomial(rng, n, p)).toBeNaN();
    }
  });
});
