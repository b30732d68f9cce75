// Builds normalised specs for the theory tests without the loader (the loader's defaults, written out).
import type { AlphaSchedule, ExperimentSpec, Regime } from "../../src/spec/types.js";

export interface SpecOptions {
  readonly truth: { readonly family: string } & Readonly<Record<string, unknown>>;
  readonly model: { readonly family: string } & Readonly<Record<string, unknown>>;
  readonly n?: number;
  readonly regime?: Regime;
  readonly alpha?: AlphaSchedule | number;
  readonly lambda?: number;
  readonly temperature?: number;
  readonly reservoir?: number;
  readonly generations?: number;
}

export function makeSpec(o: SpecOptions): ExperimentSpec {
  const alpha = o.alpha ?? 0;
  return {
    name: "theory-test",
    seed: 0,
    replicates: 1,
    generations: o.generations ?? 10,
    truth: o.truth,
    model: o.model,
    data: {
      n: o.n ?? 100,
      regime: o.regime ?? "replace",
      alpha: typeof alpha === "number" ? { schedule: "constant", value: alpha } : alpha,
      lambda: o.lambda ?? 1,
    },
    sampling: { temperature: o.temperature ?? 1, reservoir: o.reservoir ?? 0 },
  };
}
