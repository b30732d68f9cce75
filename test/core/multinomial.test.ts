// Multinomial deviates by conditional binomials: exact totals, zero cells, marginal moments, and K = 10^6 with n = 10^7.
import { describe, expect, it } from "vitest";
import { sampleMultinomial, sampleMultinomialPair } from "../../src/core/random/multinomial.js";
import { Rng } from "../../src/core/rng.js";
import { chiSquareCritical, moments, pearson } from "./statistics.js";

// More than 20 statistical assertions in this file: 5 SE.
const Z = 5;

describe("sampleMultinomial, small K", () => {
  const probs = [0.1, 0.2, 0, 0.3, 0.4];
  const n = 20;
  const draws = 20_000;
  const rng = Rng.fromSeed(77);
  const cells = probs.map(() => new Float64Array(draws));
  let wrongTotal = 0;
  let zeroCellHit = 0;
  let negative = 0;
  const out = new Float64Array(probs.length);
  for (let d = 0; d < draws; d++) {
    sampleMultinomial(rng, n, probs, out);
    let total = 0;
    for (let i = 0; i < probs.length; i++) {
      total += out[i]!;
      if (out[i]! < 0 || !Number.isInteger(out[i]!)) negative++;
      cells[i]![d] = out[i]!;
    }
    if (total !== n) wrongTotal++;
    if (out[2] !== 0) zeroCellHit++;
  }

  it("places exactly n items, in non-negative integer counts, never in a zero-probability cell", () => {
    expect(wrongTotal).toBe(0);
    expect(negative).toBe(0);
    expect(zeroCellHit).toBe(0);
  });

  it("has Binomial(n, p_i) marginals: mean n p_i and variance n p_i (1 - p_i)", () => {
    for (const [i, p] of probs.entries()) {
      if (p === 0) continue;
      const m = moments(cells[i]!);
      expect(Math.abs(m.mean - n * p)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - n * p * (1 - p))).toBeLessThan(Z * m.seVariance);
    }
  });

  it("has covariance -n p_i p_j between cells", () => {
    // Var(X_0 + X_1) = n (p0 + p1)(1 - p0 - p1): the sum of two cells is binomial too.
    const sum = cells[0]!.map((x, d) => x + cells[1]![d]!);
    const m = moments(sum);
    const p = probs[0]! + probs[1]!;
    expect(Math.abs(m.variance - n * p * (1 - p))).toBeLessThan(Z * m.seVariance);
  });
});

describe("sampleMultinomial, edge cases", () => {
  it("normalises weights itself", () => {
    const rng = Rng.fromSeed(78);
    const weights = [2, 3, 5];
    const n = 1000;
    const draws = 5000;
    const cells = weights.map(() => new Float64Array(draws));
    for (let d = 0; d < draws; d++) {
      const out = sampleMultinomial(rng, n, weights);
      for (let i = 0; i < 3; i++) cells[i]![d] = out[i]!;
    }
    for (const [i, w] of weights.entries()) {
      const m = moments(cells[i]!);
      expect(Math.abs(m.mean - (n * w) / 10)).toBeLessThan(Z * m.seMean);
    }
  });

  it("overwrites a reused output and places nothing when n = 0", () => {
    const rng = Rng.fromSeed(79);
    const out = new Float64Array(4).fill(99);
    expect([...sampleMultinomial(rng, 0, [0.25, 0.25, 0.25, 0.25], out)]).toEqual([0, 0, 0, 0]);
    out.fill(99);
    expect([...sampleMultinomial(rng, 7, [0, 0, 1, 0], out)]).toEqual([0, 0, 7, 0]);
    const u32 = new Uint32Array(3).fill(5);
    sampleMultinomial(rng, 10, [0.5, 0.5, 0], u32);
    expect(u32[0]! + u32[1]!).toBe(10);
    expect(u32[2]).toBe(0);
  });

  it("keeps exact totals when the probabilities do not sum to 1 in floating point", () => {
    const rng = Rng.fromSeed(80);
    const probs = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0 : 0.1 * ((i * 7919) % 13)));
    let wrongTotal = 0;
    let zeroHit = 0;
    for (let d = 0; d < 200; d++) {
      const out = sampleMultinomial(rng, 12345, probs);
      let total = 0;
      for (let i = 0; i < out.length; i++) total += out[i]!;
      if (total !== 12345) wrongTotal++;
      for (let i = 0; i < probs.length; i++) if (probs[i] === 0 && out[i] !== 0) zeroHit++;
    }
    expect(wrongTotal).toBe(0);
    expect(zeroHit).toBe(0);
  });
});

describe("sampleMultinomial, K = 10^6 and n = 10^7", () => {
  const K = 1_000_000;
  const n = 10_000_000;
  // Seven weight classes w = 1 + (i mod 7), and every tenth cell at probability 0.
  const probs = new Float64Array(K);
  let W = 0;
  for (let i = 0; i < K; i++) {
    probs[i] = i % 10 === 9 ? 0 : 1 + (i % 7);
    W += probs[i]!;
  }
  const out = sampleMultinomial(Rng.fromSeed(81), n, probs) as Float64Array;

  it("places exactly n items and leaves every zero-probability cell at 0", () => {
    let total = 0;
    let zeroHit = 0;
    for (let i = 0; i < K; i++) {
      total += out[i]!;
      if (probs[i] === 0 && out[i] !== 0) zeroHit++;
    }
    expect(total).toBe(n);
    expect(zeroHit).toBe(0);
  });

  it("puts Multinomial(n, P_c) into the seven weight classes (chi-square, df 6)", () => {
    const observed = new Float64Array(7);
    const mass = new Float64Array(7);
    for (let i = 0; i < K; i++) {
      if (probs[i] === 0) continue;
      observed[i % 7]! += out[i]!;
      mass[i % 7]! += probs[i]! / W;
    }
    const gof = pearson(
      observed,
      mass.map((p) => n * p),
    );
    expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
  });

  it("spreads counts within a class with E s^2 = n p (Var n p (1 - p) minus Cov -n p^2)", () => {
    for (let c = 0; c < 7; c++) {
      const xs: number[] = [];
      for (let i = c; i < K; i += 7) if (probs[i]! > 0) xs.push(out[i]!);
      const m = moments(xs);
      const p = (1 + c) / W;
      expect(Math.abs(m.mean - n * p)).toBeLessThan(Z * m.seMean);
      expect(Math.abs(m.variance - n * p)).toBeLessThan(Z * m.seVariance);
    }
  });
});

describe("sampleMultinomialPair", () => {
  it("draws exactly what two sampleMultinomial calls draw from the same streams", () => {
    const cases: [number, number[], number, number[]][] = [
      [1000, [0.1, 0.2, 0, 0.3, 0.4], 1000, [0.25, 0.25, 0.25, 0.25, 0]],
      [5, [0.5, 0.5, 0, 0, 0], 100_000, [0.2, 0.2, 0.2, 0.2, 0.2]],
      [0, [0.1, 0.2, 0.3, 0.2, 0.2], 37, [0, 0, 0, 0, 1]],
      // Masses that do not sum to 1 exactly, and a run of tiny cells where rounding leaves draws for the last one.
      [10_000, [1 / 3, 1 / 3, 1 / 3, 1e-17, 1e-17], 3, [0.7, 0.1, 0.1, 0.1, 1e-300]],
    ];
    for (const [seed, [nA, probsA, nB, probsB]] of cases.entries()) {
      const outA = new Float64Array(5).fill(9);
      const outB = new Float64Array(5).fill(9);
      const pairA = Rng.fromSeed(seed).fork("a");
      const pairB = Rng.fromSeed(seed).fork("b");
      sampleMultinomialPair(pairA, nA, probsA, outA, pairB, nB, probsB, outB);
      const soloA = Rng.fromSeed(seed).fork("a");
      const soloB = Rng.fromSeed(seed).fork("b");
      expect(Array.from(outA)).toEqual(Array.from(sampleMultinomial(soloA, nA, probsA)));
      expect(Array.from(outB)).toEqual(Array.from(sampleMultinomial(soloB, nB, probsB)));
      // Each stream is left where the solo draw left it.
      expect(pairA.uint32()).toBe(soloA.uint32());
      expect(pairB.uint32()).toBe(soloB.uint32());
    }
  });

  it("rejects draws over different numbers of outcomes", () => {
    const rng = Rng.fromSeed(1);
    expect(() =>
      sampleMultinomialPair(rng, 3, [0.5, 0.5], new Float64Array(2), rng, 3, [1], new Float64Array(1)),
    ).toThrow(/equal K/);
  });
});
