// Alias tables: the table's implied probabilities equal the weights exactly, and draws fit them (chi-square).
import { describe, expect, it } from "vitest";
import { buildAliasTable, sampleAlias } from "../../src/core/random/aliasTable.js";
import { Rng } from "../../src/core/rng.js";
import { chiSquareCritical, pearson } from "./statistics.js";

// Three statistical assertions: 4 SE.
const Z = 4;

/** P(i) = (threshold_i + sum over j aliased to i of (1 - threshold_j)) / K: what sampleAlias draws, by construction. */
function impliedProbabilities(weights: ArrayLike<number>): Float64Array {
  const table = buildAliasTable(weights);
  const k = table.size;
  const p = new Float64Array(k);
  let outside = 0;
  for (let j = 0; j < k; j++) {
    const t = table.threshold[j]!;
    if (!(t >= 0 && t <= 1)) outside++;
    p[j]! += t / k;
    p[table.alias[j]!]! += (1 - t) / k;
  }
  expect(outside).toBe(0);
  return p;
}

describe("buildAliasTable", () => {
  it("encodes the normalised weights exactly (up to rounding), zeros included", () => {
    const rng = Rng.fromSeed(60);
    for (const k of [1, 2, 3, 10, 1000, 100_000]) {
      const weights: number[] = Array.from({ length: k }, (_, i) =>
        i % 5 === 4 ? 0 : rng.float() * 10 + (i % 3),
      );
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const total = weights.reduce((a, b) => a + b, 0);
      const p = impliedProbabilities(weights);
      let worst = 0;
      let zeroDrawn = 0;
      for (let i = 0; i < k; i++) {
        worst = Math.max(worst, Math.abs(p[i]! - weights[i]! / total));
        if (weights[i] === 0 && p[i] !== 0) zeroDrawn++;
      }
      expect(worst).toBeLessThan(1e-12);
      expect(zeroDrawn).toBe(0);
    }
  });

  it("handles uniform weights and one huge weight among tiny ones", () => {
    const uniform = impliedProbabilities([1, 1, 1, 1]);
    expect([...uniform]).toEqual([0.25, 0.25, 0.25, 0.25]);
    const skewed = impliedProbabilities([1e-12, 1, 1e-12, 1e-12]);
    expect(skewed[1]!).toBeCloseTo(1, 11);
  });
});

describe("sampleAlias", () => {
  it("draws with frequencies proportional to the weights (chi-square) and never draws a zero weight", () => {
    const weights = [1, 2, 3, 4, 0, 10, 0.5];
    const total = weights.reduce((a, b) => a + b, 0);
    const table = buildAliasTable(weights);
    const rng = Rng.fromSeed(61);
    const N = 200_000;
    const observed = new Float64Array(weights.length);
    for (let i = 0; i < N; i++) observed[sampleAlias(rng, table)]! += 1;
    expect(observed[4]).toBe(0);
    const keep = weights.map((w, i) => [w, i] as const).filter(([w]) => w > 0);
    const gof = pearson(
      keep.map(([, i]) => observed[i]!),
      keep.map(([w]) => (N * w) / total),
    );
    expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
  });

  it("fits a large random table too (K = 5000, chi-square)", () => {
    const rng = Rng.fromSeed(62);
    const weights = Array.from({ length: 5000 }, () => rng.float() ** 2);
    const total = weights.reduce((a, b) => a + b, 0);
    const table = buildAliasTable(weights);
    const N = 500_000;
    const observed = new Float64Array(weights.length);
    for (let i = 0; i < N; i++) observed[sampleAlias(rng, table)]! += 1;
    // Pool cells in groups of 10 so that every expected count is large.
    const groups = 500;
    const o = new Float64Array(groups);
    const e = new Float64Array(groups);
    for (let i = 0; i < weights.length; i++) {
      o[i % groups]! += observed[i]!;
      e[i % groups]! += (N * weights[i]!) / total;
    }
    const gof = pearson(o, e);
    expect(gof.statistic).toBeLessThan(chiSquareCritical(gof.df, Z));
  });

  it("always draws 0 from a one-outcome table", () => {
    const table = buildAliasTable([3]);
    const rng = Rng.fromSeed(63);
    for (let i = 0; i < 100; i++) expect(sampleAlias(rng, table)).toBe(0);
  });
});
