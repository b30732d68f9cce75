// Poisson deviates by inversion (rate < 10) and PTRS (rate >= 10): moments and exact-pmf fit.
import { describe, expect, it } from "vitest";
import { samplePoisson } from "../../src/core/random/poisson.js";
import { Rng } from "../../src/core/rng.js";
import { logGamma } from "../../src/core/stats/special.js";
import { chiSquareCritical, discreteGof, moments } from "./statistics.js";

// 18 statistical assertions: 4 SE each.
const Z = 4;
const N = 40_000;

describe("samplePoisson", () => {
  for (const rate of [0.5, 3, 9.99, 10, 37.5, 1e5]) {
    it(`rate ${rate} (${rate < 10 ? "inversion" : "PTRS"}): mean = variance = rate, exact pmf`, () => {
      const rng = Rng.fromSeed(Math.round(rate * 100));
      const xs = new Float64Array(N);
      let bad = 0;
      for (let i = 0; i < N; i++) {
        const x = samplePoisson(rng, rate);
        if (!(Number.isInteger(x) && x >= 0)) bad++;
        xs[i] = x;
      }
      expect(bad).toBe(0);
      const m = moments(xs);
      expect(Math.abs(m.mean - rate)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - rate)).toBeLessThan(Z * m.seVariance);
      const pmf = (k: number) => Math.exp(k * Math.log(rate) - rate - logGamma(k + 1));
      const sd = Math.sqrt(rate);
      const lo = Math.max(0, Math.floor(rate - 8 * sd - 2));
      const gof = discreteGof(xs, pmf, lo, Math.ceil(rate + 8 * sd + 5));
      expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
    });
  }

  it("gives 0 at rate 0 and NaN for an invalid rate", () => {
    const rng = Rng.fromSeed(5);
    for (let i = 0; i < 100; i++) expect(samplePoisson(rng, 0)).toBe(0);
    for (const rate of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(samplePoisson(rng, rate)).toBeNaN();
  });
});
