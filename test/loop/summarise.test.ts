// summarise: mean, standard error and type-7 quantiles over the finite replicate values; non-finite ones counted.
import { describe, expect, it } from "vitest";
import { summarise, summariseConstant } from "../../src/loop/summarise.js";

function run(values: number[], theory: number | null = null) {
  const input = Float64Array.from(values);
  const summary = summarise(input, theory, new Float64Array(values.length));
  expect([...input]).toEqual(values); // the replicate values themselves are left alone
  return summary;
}

describe("summarise", () => {
  it("gives the mean, the standard error sd / sqrt(n) and the type-7 5/50/95% quantiles", () => {
    const s = run([4, 1, 3, 2]);
    expect(s.mean).toBe(2.5);
    expect(s.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 15);
    // h = 3 p: 0.15, 1.5, 2.85 over the sorted 1, 2, 3, 4.
    expect(s.q05).toBeCloseTo(1.15, 15);
    expect(s.q50).toBe(2.5);
    expect(s.q95).toBeCloseTo(3.85, 15);
    expect(s).not.toHaveProperty("nonfinite");
  });

  it("summarises identical values as exactly that value with se 0 (t = 0 is P* itself)", () => {
    for (const x of [0.1, 0.46000000000000013, 1 / 3, -4.605170185988091, 1e-300]) {
      for (const n of [1, 2, 3, 7, 100, 1001]) {
        const s = run(new Array<number>(n).fill(x));
        expect(s).toEqual({ mean: x, se: 0, theory: null, q05: x, q50: x, q95: x });
      }
    }
  });

  it("leaves non-finite values out of every statistic and counts them", () => {
    const s = run([1, Number.NaN, Number.POSITIVE_INFINITY, 3, Number.NEGATIVE_INFINITY]);
    expect(s.mean).toBe(2);
    expect(s.se).toBe(1); // sd of {1, 3} is sqrt(2); over sqrt(2) values
    expect(s.q50).toBe(2);
    expect(s.nonfinite).toBe(3);
  });

  it("writes null for a mean with no finite value, with the count of replicates beside it", () => {
    const s = run([Number.POSITIVE_INFINITY, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(s).toEqual({ mean: null, se: null, theory: null, q05: null, q50: null, q95: null, nonfinite: 3 });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("keeps the mean and se of values near the largest double, whose plain sum and squares overflow", () => {
    const big = 1.5e308;
    const s = run([big, big, -big, big]);
    expect(s.mean).toBe(0.5 * big); // (3 - 1) / 4 of big, exactly: each big / 4 is exact
    // deviations 0.5, 0.5, -1.5, 0.5 (x big): sum of squares 3 big^2, sd big, se big / 2
    expect(s.se! / (big / 2)).toBeCloseTo(1, 12);
    expect(s).not.toHaveProperty("nonfinite");
  });

  it("equals the sort-based statistics on 10^5 values (the bracketed quantiles' size)", () => {
    let seed = 12345;
    const values = Array.from({ length: 100_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.log((seed + 1) / 4294967297);
    });
    const s = run(values);
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p: number) => {
      const h = (values.length - 1) * p;
      const k = Math.floor(h);
      return sorted[k]! + (h - k) * (sorted[k + 1]! - sorted[k]!);
    };
    expect([s.q05, s.q50, s.q95]).toEqual([at(0.05), at(0.5), at(0.95)]);
    let sum = 0;
    for (const x of values) sum += x;
    expect(s.mean).toBe(sum / values.length);
  });

  it("takes the mean as the plain loop's sum over n, bit for bit, whatever n is modulo the 4 values a turn", () => {
    let seed = 99;
    for (let n = 2; n <= 13; n++) {
      const values = Array.from({ length: n }, () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed / 4294967296 - 0.3;
      });
      let sum = 0;
      let squares = 0;
      for (const x of values) sum += x;
      for (const x of values) squares += (x - sum / n) ** 2;
      const s = run(values);
      expect(s.mean).toBe(sum / n);
      expect(s.se).toBe(Math.sqrt(squares / (n - 1) / n));
    }
  });

  it("gives se 0 for a single replicate and passes a finite theory through, a non-finite one as null", () => {
    expect(run([5], 4)).toEqual({ mean: 5, se: 0, theory: 4, q05: 5, q50: 5, q95: 5 });
    expect(run([5], Number.NaN).theory).toBeNull();
    expect(run([5], Number.POSITIVE_INFINITY).theory).toBeNull();
  });
});

describe("summariseConstant", () => {
  it("is the value itself with se 0, and null when it is not finite", () => {
    expect(summariseConstant(0.25)).toEqual({
      mean: 0.25,
      se: 0,
      theory: null,
      q05: 0.25,
      q50: 0.25,
      q95: 0.25,
    });
    expect(summariseConstant(Number.NaN).mean).toBeNull();
  });
});
