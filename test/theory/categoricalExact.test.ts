// Exact enumeration of small categorical loops (every count vector, every generation) against the moment recursions.
import { describe, expect, it } from "vitest";
import { categoricalMeanReplaceStep, effectiveReservoir } from "../../src/theory/categoricalMean.js";
import {
  type CategoricalMoments,
  categoricalAccumulateStep,
  categoricalFixedRealFirstFit,
  categoricalFixedRealStep,
  categoricalReplaceStep,
  categoricalTruthMoments,
} from "../../src/theory/categoricalMoments.js";
import { giniSimpsonAccumulate, giniSimpsonReplace } from "../../src/theory/giniSimpson.js";

type Dist = Map<string, { readonly state: number[]; prob: number }>;

function compositions(n: number, k: number): number[][] {
  if (k === 1) return [[n]];
  const out: number[][] = [];
  for (let i = 0; i <= n; i++) for (const rest of compositions(n - i, k - 1)) out.push([i, ...rest]);
  return out;
}

function logFact(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

/** All (counts, probability) of Mult(n, p). */
function multinomial(n: number, p: readonly number[]): { counts: number[]; prob: number }[] {
  return compositions(n, p.length)
    .map((counts) => {
      let lp = logFact(n);
      for (let i = 0; i < p.length; i++) {
        if (counts[i]! > 0 && p[i]! === 0) return { counts, prob: 0 };
        lp += (counts[i]! > 0 ? counts[i]! * Math.log(p[i]!) : 0) - logFact(counts[i]!);
      }
      return { counts, prob: Math.exp(lp) };
    })
    .filter((x) => x.prob > 0);
}

function add(dist: Dist, state: number[], prob: number): void {
  const key = state.map((x) => x.toFixed(12)).join(",");
  const e = dist.get(key);
  if (e) e.prob += prob;
  else dist.set(key, { state, prob });
}

/** One replace fit of every state: counts = Mult(k, p*) + Mult(n - k, p), p' = (1-lam) counts/n + lam/K. */
function replaceStep(dist: Dist, star: readonly number[], n: number, k: number, lam: number): Dist {
  const K = star.length;
  const out: Dist = new Map();
  const fresh = multinomial(k, star);
  for (const { state: p, prob } of dist.values()) {
    for (const a of fresh) {
      for (const b of multinomial(n - k, p)) {
        add(
          out,
          p.map((_, i) => ((1 - lam) * (a.counts[i]! + b.counts[i]!)) / n + lam / K),
          prob * a.prob * b.prob,
        );
      }
    }
  }
  return out;
}

function moments(dist: Dist, star: readonly number[]): CategoricalMoments & { sq: number; mean: number[] } {
  let s = 0;
  let x = 0;
  let sq = 0;
  const mean = star.map(() => 0);
  for (const { state: p, prob } of dist.values()) {
    for (let i = 0; i < p.length; i++) {
      s += prob * p[i]! * p[i]!;
      x += prob * p[i]! * star[i]!;
      sq += prob * (p[i]! - star[i]!) ** 2;
      mean[i]! += prob * p[i]!;
    }
  }
  return { s, x, sq, mean };
}

describe("categorical replace loop, exact enumeration", () => {
  it("Wright-Fisher n = 3, K = 2: E Gini-Simpson = (1 - 1/n)^t G*", () => {
    const star = [0.3, 0.7];
    const gStar = 1 - 0.09 - 0.49;
    let dist: Dist = new Map([["0", { state: star, prob: 1 }]]);
    for (let t = 1; t <= 8; t++) {
      dist = replaceStep(dist, star, 3, t === 1 ? 3 : 0, 0);
      expect(1 - moments(dist, star).s).toBeCloseTo(giniSimpsonReplace(gStar, 3, t), 12);
    }
  });

  it("K = 3, n = 3 with a fresh sample each generation and a reservoir: S, X, sq_dist and the mean", () => {
    const star = [0.5, 0.3, 0.2];
    const sStar = 0.25 + 0.09 + 0.04;
    const lam = 0.1;
    let dist: Dist = new Map([["0", { state: star, prob: 1 }]]);
    let m = categoricalTruthMoments(sStar);
    let mean = star[2]!;
    for (let t = 1; t <= 4; t++) {
      const k = t === 1 ? 3 : 1;
      dist = replaceStep(dist, star, 3, k, lam);
      m = categoricalReplaceStep(m, { n: 3, k, sStar, reservoir: lam, outcomes: 3 });
      mean = categoricalMeanReplaceStep(mean, star[2]!, 3, k, lam, 3);
      const exact = moments(dist, star);
      expect(m.s).toBeCloseTo(exact.s, 12);
      expect(m.x).toBeCloseTo(exact.x, 12);
      expect(m.s - 2 * m.x + sStar).toBeCloseTo(exact.sq, 12);
      expect(mean).toBeCloseTo(exact.mean[2]!, 12);
    }
  });

  it("the MAP estimator is the MLE followed by a uniform mixture", () => {
    // (c + a)/(n + K a) = (1 - w) c/n + w/K with w = K a/(n + K a); then the reservoir on top.
    const [n, K, prior, lam] = [7, 4, 2.5, 0.2];
    const w = effectiveReservoir(lam, prior, n, K);
    const counts = [3, 0, 4, 0];
    for (let i = 0; i < K; i++) {
      const map = (counts[i]! + prior - 1) / (n + K * (prior - 1));
      expect((1 - lam) * map + lam / K).toBeCloseTo(((1 - w) * counts[i]!) / n + w / K, 14);
    }
  });
});

describe("categorical accumulate and fixed-real loops, exact enumeration", () => {
  it("accumulate K = 2, n = 2: E Gini-Simpson = (1 - 1/n) prod (1 - 1/(k^2 n)) G*, and with fresh data", () => {
    const star = [0.4, 0.6];
    const sStar = 0.16 + 0.36;
    for (const fresh of [0, 1]) {
      // states: pool counts
      let dist: Dist = new Map();
      for (const a of multinomial(2, star)) add(dist, a.counts, a.prob);
      let m = categoricalAccumulateStep(
        { size: 0, ...categoricalTruthMoments(sStar) },
        { n: 2, k: 2, sStar },
      );
      for (let t = 2; t <= 5; t++) {
        const out: Dist = new Map();
        for (const { state: c, prob } of dist.values()) {
          const N = c[0]! + c[1]!;
          for (const a of multinomial(fresh, star)) {
            for (const b of multinomial(2 - fresh, [c[0]! / N, c[1]! / N])) {
              add(
                out,
                c.map((x, i) => x + a.counts[i]! + b.counts[i]!),
                prob * a.prob * b.prob,
              );
            }
          }
        }
        dist = out;
        m = categoricalAccumulateStep(m, { n: 2, k: fresh, sStar });
        let s = 0;
        let x = 0;
        for (const { state: c, prob } of dist.values()) {
          const N = c[0]! + c[1]!;
          s += prob * ((c[0]! / N) ** 2 + (c[1]! / N) ** 2);
          x += prob * ((c[0]! / N) * star[0]! + (c[1]! / N) * star[1]!);
        }
        expect(m.s).toBeCloseTo(s, 12);
        expect(m.x).toBeCloseTo(x, 12);
        if (fresh === 0) expect(1 - m.s).toBeCloseTo(giniSimpsonAccumulate(1 - sStar, 2, t), 12);
      }
    }
  });

  it("fixed-real K = 2, n = 2, L = 1 with a reservoir", () => {
    const star = [0.4, 0.6];
    const sStar = 0.52;
    const lam = 0.1;
    const base = { n: 2, sStar, outcomes: 2, reservoir: lam };
    // states: (real counts d, model p)
    let dist: Dist = new Map();
    for (const a of multinomial(2, star)) {
      add(dist, [...a.counts, ...a.counts.map((c) => ((1 - lam) * c) / 2 + lam / 2)], a.prob);
    }
    let m = categoricalFixedRealFirstFit(base);
    for (let t = 2; t <= 5; t++) {
      const out: Dist = new Map();
      for (const { state, prob } of dist.values()) {
        const d = state.slice(0, 2);
        const p = state.slice(2);
        for (const b of multinomial(1, p)) {
          add(out, [...d, ...d.map((c, i) => ((1 - lam) * (c + b.counts[i]!)) / 3 + lam / 2)], prob * b.prob);
        }
      }
      dist = out;
      m = categoricalFixedRealStep(m, { ...base, synthetic: 1 });
      let s = 0;
      let x = 0;
      for (const { state, prob } of dist.values()) {
        s += prob * (state[2]! ** 2 + state[3]! ** 2);
        x += prob * (state[2]! * star[0]! + state[3]! * star[1]!);
      }
      expect(m.s).toBeCloseTo(s, 12);
      expect(m.x).toBeCloseTo(x, 12);
    }
  });
});
