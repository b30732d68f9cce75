// The Poisson family: spec errors, exact checkpoints, the sufficient statistic, pmf metrics and the exact extinction law.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { Rng } from "../../src/core/rng.js";
import type { FamilyInstance } from "../../src/families/family.js";
import { type PoissonModel, poissonFamily } from "../../src/families/poisson/poisson.js";
import type { PoissonData } from "../../src/families/poisson/poissonData.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const sampling = { temperature: 1, reservoir: 0, keepSamples: false };

function instance(rate: number, keepSamples = false) {
  return poissonFamily.create(
    { rate },
    { estimator: "mle" },
    { ...sampling, keepSamples },
    "poisson",
  ) as FamilyInstance<PoissonModel, PoissonData>;
}

function spec(extra: Record<string, unknown> = {}, truth: Record<string, unknown> = { rate: 0.04 }) {
  return {
    name: "poisson",
    seed: 3,
    replicates: 10,
    generations: 3,
    truth: { family: "poisson", ...truth },
    data: { n: 50 },
    ...extra,
  };
}

function issuesOf(input: unknown): { path: string; allowed: string }[] {
  try {
    normaliseSpec(input);
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, allowed: i.allowed }));
    throw error;
  }
  return [];
}

/** Brute-force pmf, in log space, far beyond any window. */
function pmf(rate: number, k: number): number {
  let logFact = 0;
  for (let j = 2; j <= k; j++) logFact += Math.log(j);
  return rate === 0 ? (k === 0 ? 1 : 0) : Math.exp(k * Math.log(rate) - rate - logFact);
}

describe("poisson spec", () => {
  it("names the key and what is allowed", () => {
    expect(issuesOf(spec({}, { rate: -1 }))).toEqual([
      { path: "truth.rate", allowed: "a rate in [0, 1000000]" },
    ]);
    expect(issuesOf(spec({}, { rate: 1, lambda: 2 }))).toContainEqual({
      path: "truth.lambda",
      allowed: "a key among: rate",
    });
    expect(issuesOf(spec({ model: { family: "poisson", estimator: "map" } }))[0]).toEqual({
      path: "model.estimator",
      allowed: "one of mle",
    });
    expect(issuesOf(spec({ sampling: { temperature: 2 } }))[0]?.path).toBe("sampling.temperature");
    expect(normaliseSpec(spec()).model).toEqual({ family: "poisson", estimator: "mle" });
  });
});

describe("poisson checkpoints", () => {
  it("decode(encode(x)) reproduces models and data exactly, histogram included", () => {
    const family = instance(3.7, true);
    const rng = Rng.fromSeed(1);
    const data = family.sampleTruth(rng, 500);
    const model = family.fit(data, family.truth);
    const roundModel = family.decodeModel(JSON.parse(JSON.stringify(family.encodeModel(model))));
    const roundData = family.decodeData(JSON.parse(JSON.stringify(family.encodeData(data))));
    expect(roundModel).toEqual(model);
    expect(roundData).toEqual(data);
    expect(roundData.histogram).toBeInstanceOf(Float64Array);
  });
});

describe("poisson sampling", () => {
  it("draws the total of n counts as Poisson(n rate): mean and variance n rate", () => {
    const family = instance(0.3);
    const rng = Rng.fromSeed(11);
    const R = 20000;
    const n = 40;
    const totals = new Float64Array(R);
    for (let r = 0; r < R; r++) totals[r] = family.sampleTruth(rng, n).total;
    const mean = totals.reduce((a, b) => a + b, 0) / R;
    const variance = totals.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1);
    const nu = n * 0.3;
    expect(Math.abs(mean - nu)).toBeLessThan(4 * Math.sqrt(nu / R));
    // Var of the sample variance of a Poisson(nu): (mu4 - sigma^4 (R-3)/(R-1)) / R with mu4 = nu + 3 nu^2.
    expect(Math.abs(variance - nu)).toBeLessThan(4 * Math.sqrt((nu + 3 * nu * nu - nu * nu) / R));
  });

  it("keeps a histogram whose count and total match, and subsamples n of it", () => {
    const family = instance(2.5, true);
    const rng = Rng.fromSeed(5);
    const pool = family.combine(family.sampleTruth(rng, 300), family.sampleTruth(rng, 200));
    const hist = pool.histogram!;
    expect(hist.reduce((a, b) => a + b, 0)).toBe(500);
    expect(hist.reduce((a, b, k) => a + k * b, 0)).toBe(pool.total);
    const sub = family.subsample!(rng, pool, 100);
    expect(sub.count).toBe(100);
    for (let k = 0; k < sub.histogram!.length; k++) expect(sub.histogram![k]).toBeLessThanOrEqual(hist[k]!);
  });
});

describe("poisson metrics", () => {
  it("match brute-force sums over the pmf and the closed-form KL", () => {
    const truth = instance(2);
    const out = new Float64Array(truth.metricNames.length);
    const names = truth.metricNames;
    for (const rate of [0, 0.3, 1, 7.5]) {
      truth.measure({ rate }, out);
      let h = 0;
      let s = 0;
      let tv = 0;
      let sq = 0;
      let kl = 0;
      for (let k = 0; k < 200; k++) {
        const p = pmf(rate, k);
        const q = pmf(2, k);
        if (p > 0) {
          h -= p * Math.log(p);
          kl += p * Math.log(p / q);
        }
        s += p * p;
        tv += Math.abs(p - q) / 2;
        sq += (p - q) ** 2;
      }
      const got = Object.fromEntries(names.map((name, i) => [name, out[i]!]));
      expect(got.entropy).toBeCloseTo(h, 13);
      expect(got.gini_simpson).toBeCloseTo(1 - s, 13);
      expect(got.tv).toBeCloseTo(tv, 13);
      expect(got.sq_dist).toBeCloseTo(sq, 13);
      expect(got.kl_rev).toBeCloseTo(kl, 12);
      expect(got.fixed).toBe(rate === 0 ? 1 : 0);
      expect(got.rate).toBe(rate);
    }
  });
});

describe("poisson loop", () => {
  it("is absorbed at rate 0 with Pr = exp(-n rate0 g_t), g_1 = 1, g_{t+1} = 1 - exp(-g_t)", () => {
    const R = 4000;
    const n = 50;
    const rate0 = 0.04;
    const input = spec({ replicates: R, generations: 30, seed: 17 }, { rate: rate0 });
    const checked = new Map<number, number>();
    for (const { record } of runGenerations(normaliseSpec(input))) {
      if (![1, 3, 10, 30].includes(record.t)) continue;
      let g = 1;
      for (let k = 1; k < record.t; k++) g = 1 - Math.exp(-g);
      const p = Math.exp(-n * rate0 * g);
      const fixed = record.metrics.fixed!.mean!;
      expect(Math.abs(fixed - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / R));
      // The rate is a martingale: E Lambda_t = rate0, with the SE of the simulation itself.
      const rate = record.metrics.rate!;
      expect(Math.abs(rate.mean! - rate0)).toBeLessThan(4 * rate.se!);
      checked.set(record.t, fixed);
    }
    expect([...checked.keys()]).toEqual([1, 3, 10, 30]);
    expect(checked.get(30)!).toBeGreaterThan(checked.get(1)!);
  });

  it("runs accumulate-subsample on histograms, drawing n per generation", () => {
    const input = spec({ data: { n: 40, regime: "accumulate-subsample" }, generations: 5 }, { rate: 1.5 });
    const records = [...runGenerations(normaliseSpec(input))].map((s) => s.record);
    expect(records).toHaveLength(6);
    expect(records[5]!.metrics.rate!.mean).toBeGreaterThan(0);
  });
});
