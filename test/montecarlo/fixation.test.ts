// Monte Carlo: fixation in the Wright-Fisher loop (docs/theory.md#fixation). The loop checks the exact fixation
// probability; the diffusion-approximate times are checked on a direct two-outcome chain run until absorption (the loop
// runs every replicate for all T generations, too slow for the 20000+ absorptions these need), with the relative
// tolerances of theory-notes (3% for the mean time, 8% for a single copy) and an SE small enough to resolve them.
import { afterAll, describe, expect, it } from "vitest";
import { sampleBinomial } from "../../src/core/random/binomial.js";
import { Rng } from "../../src/core/rng.js";
import {
  meanFixationTime,
  meanFixationTimeUniform,
  singleCopyFixationTime,
  singleCopyLossTime,
} from "../../src/theory/wrightFisherFixation.js";
import { expectNearTheory, logMargins, simulate } from "./harness.js";

afterAll(() => logMargins("fixation"));

interface Absorption {
  readonly time: number;
  readonly fixed: boolean;
}

/** Two-outcome Wright-Fisher with n draws per generation from `start` copies, until 0 or n copies remain. */
function absorb(rng: Rng, n: number, start: number): Absorption {
  let count = start;
  let t = 0;
  while (count > 0 && count < n) {
    count = sampleBinomial(rng, n, count / n);
    t++;
  }
  return { time: t, fixed: count === n };
}

function meanSe(xs: readonly number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(v / xs.length) };
}

/** |sim - theory| <= rel theory, and the simulation resolves it: 4 SE below the tolerance. */
function expectRelative(label: string, sim: { mean: number; se: number }, theory: number, rel: number): void {
  console.log(
    `${label}: sim ${sim.mean.toFixed(2)} +- ${sim.se.toFixed(2)}, theory ${theory.toFixed(2)}, rel diff ${((sim.mean - theory) / theory).toFixed(4)}`,
  );
  expect(4 * sim.se).toBeLessThan(rel * theory);
  expect(Math.abs(sim.mean - theory)).toBeLessThanOrEqual(rel * theory);
}

describe("Wright-Fisher fixation", () => {
  it("the loop: Pr(outcome takes over) = p0, seen as E P_T once (almost) every replicate is fixed", () => {
    const sim = simulate({
      name: "bernoulli-fixation",
      seed: 41,
      replicates: 2000,
      generations: 150,
      truth: { family: "bernoulli", p: 0.3 },
      model: { family: "bernoulli" },
      data: { n: 20, regime: "replace", alpha: 0 },
    });
    // With n = 20, Pr(not fixed by t = 150) is about 1.5 (1 - 1/20)^150 ~ 7e-4.
    expect(sim.records[150]!.metrics.fixed!.mean!).toBeGreaterThan(0.995);
    expectNearTheory(sim, "p", 150, 4);
  });

  it("mean time until one of two outcomes is left: -2n sum (1 - p) ln(1 - p), within 3%", () => {
    const n = 100;
    const rng = Rng.fromSeed(42);
    for (const start of [50, 20]) {
      const times = Array.from({ length: 20000 }, () => absorb(rng, n, start).time);
      const p = start / n;
      expectRelative(`T(p=${p})`, meanSe(times), meanFixationTime([p, 1 - p], n), 0.03);
    }
  });

  it("mean time until one of K = 3 outcomes is left (uniform start), within 3%", () => {
    const n = 60;
    const rng = Rng.fromSeed(43);
    const times: number[] = [];
    for (let r = 0; r < 20000; r++) {
      let a = 20;
      let b = 20;
      let t = 0;
      while ((a > 0 ? 1 : 0) + (b > 0 ? 1 : 0) + (n - a - b > 0 ? 1 : 0) > 1) {
        const na = sampleBinomial(rng, n, a / n);
        const rest = n - a;
        b = rest > 0 && na < n ? sampleBinomial(rng, n - na, b / rest) : 0;
        a = na;
        t++;
      }
      times.push(t);
    }
    expectRelative("T(K=3 uniform)", meanSe(times), meanFixationTimeUniform(3, n), 0.03);
  });

  it("a single copy: conditional fixation time ~ 2n and loss time -2n p ln p/(1-p), within 8%", () => {
    // n = 100 as in theory-notes; at n = 50 the loss time is 8.1% below the diffusion value (discreteness).
    const n = 100;
    const rng = Rng.fromSeed(44);
    const fixTimes: number[] = [];
    const lossTimes: number[] = [];
    for (let r = 0; r < 400_000; r++) {
      const a = absorb(rng, n, 1);
      (a.fixed ? fixTimes : lossTimes).push(a.time);
    }
    expectRelative("single copy fixation", meanSe(fixTimes), singleCopyFixationTime(n), 0.08);
    expectRelative("single copy loss", meanSe(lossTimes), singleCopyLossTime(n), 0.08);
  });
});
