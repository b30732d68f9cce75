// The generation convention of the contract, observed exactly: a probe family whose "samples" only say where they came from.

import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Family, FamilyInstance } from "../../src/families/family.js";
import { families } from "../../src/families/registry.js";
import { bindFamily } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import type { Regime } from "../../src/spec/types.js";
import { runAll } from "./loopSpecs.js";

/** A data set of the probe: how many exogenous and model samples it holds, and a tag drawn with each exogenous batch. */
interface Probe {
  readonly fresh: number;
  readonly synth: number;
  readonly tag: number;
}

const probeInstance: FamilyInstance<Probe, Probe> = {
  metricNames: ["fresh", "synth", "size", "tag"],
  truth: { fresh: 0, synth: 0, tag: 0 },
  sampleTruth: (rng, n) => ({ fresh: n, synth: 0, tag: n > 0 ? rng.uint32() : 0 }),
  sample: (_rng, _model, n) => ({ fresh: 0, synth: n, tag: 0 }),
  empty: () => ({ fresh: 0, synth: 0, tag: 0 }),
  combine: (a, b) => ({ fresh: a.fresh + b.fresh, synth: a.synth + b.synth, tag: a.tag + b.tag }),
  size: (d) => d.fresh + d.synth,
  // n of the pool, in the pool's proportions (what a draw without replacement holds on average).
  subsample: (_rng, pool, n) => {
    const size = pool.fresh + pool.synth;
    return { fresh: (n * pool.fresh) / size, synth: (n * pool.synth) / size, tag: pool.tag };
  },
  fit: (data) => data,
  measure: (m, out) => {
    out[0] = m.fresh;
    out[1] = m.synth;
    out[2] = m.fresh + m.synth;
    out[3] = m.tag;
  },
  encodeModel: (m) => m,
  decodeModel: (json) => json as Probe,
  encodeData: (d) => d,
  decodeData: (json) => json as Probe,
};

const probeFamily: Family<Record<string, never>, Record<string, never>> = {
  name: "probe-test-family",
  truthFamilies: ["probe-test-family"],
  capabilities: { subsample: true, temperature: true, reservoir: true },
  truthSchema: () => z.strictObject({}),
  modelSchema: z.strictObject({}),
  create: () => probeInstance as FamilyInstance<unknown, unknown>,
};
if (!families.has(probeFamily.name))
  families.register(probeFamily.name, probeFamily as unknown as Family<never, never>);

const N = 40;
const T = 6;

function probeRun(regime: Regime, alpha: unknown, lambda = 1) {
  const spec = normaliseSpec({
    name: "probe",
    seed: 3,
    replicates: 2,
    generations: T,
    truth: { family: probeFamily.name },
    data: { n: N, regime, alpha, lambda },
  });
  return { spec, ...runAll(spec) };
}

/** Each replicate's fitted probe at generation t, read from the checkpoint. */
function fitted(checkpoints: ReturnType<typeof probeRun>["checkpoints"], t: number): Probe[] {
  return checkpoints[t]!.replicates.map((state) => state.model as Probe);
}

// alpha_t by the convention of src/loop/alphaSchedule.ts (s = t - 1 for t >= 2), written out by hand for n = 40.
const SCHEDULES: { alpha: unknown; values: number[] }[] = [
  { alpha: 0, values: [0, 0, 0, 0, 0] },
  { alpha: 0.3, values: [0.3, 0.3, 0.3, 0.3, 0.3] },
  { alpha: { schedule: "harmonic", a0: 0.5 }, values: [0.5, 0.25, 0.5 / 3, 0.125, 0.1] },
  { alpha: { schedule: "power", a0: 0.5, p: 2 }, values: [0.5, 0.125, 0.5 / 9, 0.5 / 16, 0.02] },
  {
    alpha: { schedule: "exponential", a0: 0.5, rate: 0.1 },
    values: [0.5, 0.5 * Math.exp(-0.1), 0.5 * Math.exp(-0.2), 0.5 * Math.exp(-0.3), 0.5 * Math.exp(-0.4)],
  },
  { alpha: { schedule: "list", values: [0.5, 0.25, 0.1] }, values: [0.5, 0.25, 0.1, 0.1, 0.1] },
];

describe("the generation convention", () => {
  it("t = 1 fits n exogenous samples only, in every regime", () => {
    for (const regime of ["replace", "accumulate", "accumulate-subsample", "fixed-real"] as const) {
      const { checkpoints } = probeRun(regime, 0);
      for (const m of fitted(checkpoints, 1)) expect([m.fresh, m.synth]).toEqual([N, 0]);
    }
  });

  for (const { alpha, values } of SCHEDULES) {
    const label = JSON.stringify(alpha);
    it(`replace with alpha ${label}: round(alpha_t n) fresh and n - round(alpha_t n) model samples for t >= 2`, () => {
      const { checkpoints } = probeRun("replace", alpha);
      for (let t = 2; t <= T; t++) {
        const fresh = Math.round(values[t - 2]! * N);
        for (const m of fitted(checkpoints, t)) expect([m.fresh, m.synth]).toEqual([fresh, N - fresh]);
      }
    });

    it(`alpha ${label}: the alpha and alpha_sum metrics are the schedule and its running sum over t >= 2`, () => {
      const { records } = probeRun("replace", alpha);
      const expectedAlpha = [1, 1, ...values];
      let sum = 0;
      for (let t = 0; t <= T; t++) {
        if (t >= 2) sum += values[t - 2]!;
        expect(records[t]!.metrics.alpha).toMatchObject({ se: 0, theory: null });
        expect(records[t]!.metrics.alpha!.mean).toBeCloseTo(expectedAlpha[t]!, 15);
        expect(records[t]!.metrics.alpha_sum!.mean).toBeCloseTo(sum, 14);
        expect(records[t]!.metrics.alpha_sum!.se).toBe(0);
      }
    });

    it(`accumulate with alpha ${label}: the pool grows by n per generation and the fit sees all of it`, () => {
      const { spec, checkpoints } = probeRun("accumulate", alpha);
      const family = bindFamily(spec);
      let fresh = N;
      for (let t = 1; t <= T; t++) {
        if (t >= 2) fresh += Math.round(values[t - 2]! * N);
        for (const [r, state] of checkpoints[t]!.replicates.entries()) {
          expect(family.size(family.decodeData(state.pool))).toBe(t * N);
          expect(fitted(checkpoints, t)[r]).toMatchObject({ fresh, synth: t * N - fresh });
        }
      }
    });

    it(`accumulate-subsample with alpha ${label}: the pool grows by n; the fit sees n drawn from it`, () => {
      const { spec, checkpoints } = probeRun("accumulate-subsample", alpha);
      const family = bindFamily(spec);
      let fresh = N;
      for (let t = 2; t <= T; t++) {
        fresh += Math.round(values[t - 2]! * N);
        for (const [r, state] of checkpoints[t]!.replicates.entries()) {
          expect(family.size(family.decodeData(state.pool))).toBe(t * N);
          const m = fitted(checkpoints, t)[r]!;
          expect(m.fresh + m.synth).toBeCloseTo(N, 12);
          expect(m.fresh).toBeCloseTo((N * fresh) / (t * N), 12);
        }
      }
    });
  }

  it("fixed-real fits the same n exogenous samples of t = 1 plus round(lambda n) model samples", () => {
    for (const lambda of [1, 0.5, 2.26]) {
      const { spec, checkpoints } = probeRun("fixed-real", 0, lambda);
      const family = bindFamily(spec);
      const tags = fitted(checkpoints, 1).map((m) => m.tag);
      expect(tags[0]).not.toBe(tags[1]); // each replicate has its own real data
      for (let t = 2; t <= T; t++) {
        for (const [r, m] of fitted(checkpoints, t).entries()) {
          expect(m).toEqual({ fresh: N, synth: Math.round(lambda * N), tag: tags[r] });
          expect(family.size(family.decodeData(checkpoints[t]!.replicates[r]!.pool))).toBe(N);
        }
      }
    }
  });

  it("replace draws a new exogenous batch every generation (its tag changes)", () => {
    const { checkpoints } = probeRun("replace", 1);
    const tags = new Set<number>();
    for (let t = 1; t <= T; t++) for (const m of fitted(checkpoints, t)) tags.add(m.tag);
    expect(tags.size).toBe(2 * T);
  });

  it("t = 0 is P* itself: every metric of the truth, se 0, alpha 1", () => {
    const { records } = probeRun("replace", 0.3);
    expect(records[0]!.t).toBe(0);
    expect(records[0]!.metrics.fresh).toMatchObject({ mean: 0, se: 0 });
    expect(records[0]!.metrics.alpha).toMatchObject({ mean: 1, se: 0 });
    expect(records[0]!.metrics.alpha_sum).toMatchObject({ mean: 0, se: 0 });
  });
});
