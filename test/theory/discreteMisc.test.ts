import { describe, expect, it } from "vitest";
import { entropyOf } from "../../src/core/stats/discreteMetrics.js";
import { logFactorial } from "../../src/core/stats/special.js";
import { bernoulliHeterozygosity } from "../../src/theory/bernoulliHeterozygosity.js";
import { categoricalReplaceStep, categoricalTruthMoments } from "../../src/theory/categoricalMoments.js";
import {
  freshAlphaStationarySqDist,
  giniSimpsonReplace,
  reservoirStationarySumSquares,
} from "../../src/theory/giniSimpson.js";
import { firstStepEntropyLoss } from "../../src/theory/millerMadow.js";
import {
  poissonDecayFactor,
  poissonSurvival,
  poissonZeroProbability,
} from "../../src/theory/poissonExtinction.js";

function poissonPmf(rate: number, max: number): Float64Array {
  const out = new Float64Array(max + 1);
  for (let j = 0; j <= max; j++)
    out[j] = rate === 0 ? (j === 0 ? 1 : 0) : Math.exp(j * Math.log(rate) - rate - logFactorial(j));
  return out;
}

/** Exact law of Z_t = n Lambda_t (truncated at `max`): Z_j = Pois(k_j rate) + Pois((n - k_j) Z_{j-1}/n). */
function poissonChain(rate: number, n: number, counts: readonly number[], max: number): Float64Array {
  let law = new Float64Array(max + 1);
  law[Math.round(n * rate)] = 1; // unused: counts[0] = n makes the first fit exogenous
  for (const k of counts) {
    const next = new Float64Array(max + 1);
    const fresh = poissonPmf(k * rate, max);
    for (let z = 0; z <= max; z++) {
      if (law[z]! === 0) continue;
      const synth = poissonPmf(((n - k) * z) / n, max);
      for (let a = 0; a <= max; a++) {
        if (fresh[a]! === 0) continue;
        for (let b = 0; a + b <= max; b++) next[a + b] = next[a + b]! + law[z]! * fresh[a]! * synth[b]!;
      }
    }
    law = next;
  }
  return law;
}

describe("Poisson loop", () => {
  it("Pr(Lambda_t = 0) = exp(-n rate g_t), checked against the exact chain", () => {
    const [rate, n] = [0.6, 2];
    for (let t = 1; t <= 6; t++) {
      const counts = [n, ...new Array<number>(t - 1).fill(0)];
      const exact = poissonChain(rate, n, counts, 70)[0]!;
      expect(poissonZeroProbability(rate, n, counts)).toBeCloseTo(exact, 10);
      expect(1 - poissonSurvival(rate, n, t)).toBeCloseTo(exact, 10);
    }
  });

  it("with fresh draws each generation, against the exact chain", () => {
    const [rate, n] = [0.5, 3];
    const counts = [3, 1, 0, 2, 1];
    for (let t = 1; t <= counts.length; t++) {
      const c = counts.slice(0, t);
      expect(poissonZeroProbability(rate, n, c)).toBeCloseTo(poissonChain(rate, n, c, 70)[0]!, 10);
    }
  });

  it("t g_t -> 2: forgetting time is linear in the count", () => {
    expect(poissonDecayFactor(1)).toBe(1);
    expect(poissonDecayFactor(2)).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(10_000 * poissonDecayFactor(10_000)).toBeCloseTo(2, 2);
  });
});

describe("Bernoulli and reservoir / fresh-data fixed points", () => {
  it("E[P(1-P)] = p(1-p)(1-1/n)^t is half the K = 2 Gini-Simpson", () => {
    expect(2 * bernoulliHeterozygosity(0.3, 10, 7)).toBeCloseTo(giniSimpsonReplace(0.42, 10, 7), 14);
  });

  it("the reservoir recursion tends to theory-notes' S*", () => {
    const [n, K, lam] = [50, 6, 0.05];
    let m = categoricalTruthMoments(1 / K);
    for (let t = 1; t < 5000; t++)
      m = categoricalReplaceStep(m, { n, k: t === 1 ? n : 0, sStar: 1 / K, reservoir: lam, outcomes: K });
    expect(m.s).toBeCloseTo(reservoirStationarySumSquares(n, lam, K), 12);
  });

  it("the fresh-alpha recursion tends to (G*/n)/(1 - (1-alpha)^2 + (1-alpha)/n); alpha = 0 gives G*", () => {
    const star = [0.5, 0.25, 0.25];
    const sStar = 0.375;
    const n = 40;
    for (const k of [4, 20]) {
      let m = categoricalTruthMoments(sStar);
      for (let t = 1; t < 3000; t++)
        m = categoricalReplaceStep(m, { n, k: t === 1 ? n : k, sStar, reservoir: 0, outcomes: 3 });
      expect(m.s - 2 * m.x + sStar).toBeCloseTo(freshAlphaStationarySqDist(1 - sStar, n, k / n), 12);
    }
    expect(freshAlphaStationarySqDist(1 - sStar, n, 0)).toBeCloseTo(1 - sStar, 12);
    expect(star.length).toBe(3);
  });
});

describe("Miller-Madow first step", () => {
  it("E H_1 = H* - (K-1)/(2n) + O(n^-2) against the exact binomial expectation", () => {
    for (const [p, n] of [
      [0.3, 200],
      [0.5, 500],
      [0.1, 1000],
    ] as const) {
      let eh = 0;
      for (let j = 0; j <= n; j++) {
        const w = Math.exp(
          logFactorial(n) -
            logFactorial(j) -
            logFactorial(n - j) +
            j * Math.log(p) +
            (n - j) * Math.log1p(-p),
        );
        eh += w * entropyOf([j / n, 1 - j / n]);
      }
      const mm = entropyOf([p, 1 - p]) + firstStepEntropyLoss(2, n);
      // the next term is (1 - sum 1/p_i)/(12 n^2)
      const next = Math.abs(1 - 1 / p - 1 / (1 - p)) / (12 * n * n);
      expect(Math.abs(eh - mm)).toBeLessThan(2 * next);
      expect(Math.abs(eh - mm)).toBeLessThan(0.05 * Math.abs(firstStepEntropyLoss(2, n)));
    }
  });
});
