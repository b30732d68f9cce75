// A small deterministic stand-in for src/loop/run.ts: x_t = cos(x_{t-1}) + t per replicate, resumable from a checkpoint.
import type { Checkpoint, GenerationRecord, MetricSummary } from "../../src/loop/types.js";
import type { ExperimentSpec } from "../../src/spec/types.js";
import type { LoopStep } from "../../src/store/recordRun.js";

function summary(values: readonly number[]): MetricSummary {
  const finite = values.filter(Number.isFinite);
  const nonfinite = values.length - finite.length;
  const mean = finite.length === 0 ? null : finite.reduce((a, b) => a + b, 0) / finite.length;
  const base = { mean, se: finite.length > 1 ? 0.5 / finite.length : null, theory: null };
  const quantiles = { q05: finite[0] ?? null, q50: finite[1] ?? null, q95: finite[2] ?? null };
  return nonfinite > 0 ? { ...base, ...quantiles, nonfinite } : { ...base, ...quantiles };
}

export function fakeSpec(name = "fake", generations = 6, replicates = 3): ExperimentSpec {
  return {
    name,
    seed: 7,
    replicates,
    generations,
    truth: { family: "gaussian", mean: 0, sd: 1 },
    model: { family: "gaussian", estimator: "mle" },
    data: { n: 10, regime: "replace", alpha: { schedule: "constant", value: 0 }, lambda: 1 },
    sampling: { temperature: 1, reservoir: 0 },
  };
}

export interface FakeLoopOptions {
  /** Throw when asked for this generation. */
  readonly failAt?: number;
}

/** Metrics: x (a float with a full mantissa), inv (1/(x - 1): huge near 1, and infinite for one replicate at t = 2). */
export function* fakeLoop(
  spec: ExperimentSpec,
  from?: { readonly checkpoint: Checkpoint },
  options: FakeLoopOptions = {},
): Generator<LoopStep> {
  let xs = Array.from({ length: spec.replicates }, (_, r) => r / 3 + spec.seed);
  let start = 0;
  if (from !== undefined) {
    xs = from.checkpoint.replicates.map((rep) => (rep.model as Float64Array)[0]!);
    start = from.checkpoint.t + 1;
  }
  for (let t = start; t <= spec.generations; t++) {
    if (options.failAt === t) throw new Error(`fake failure at generation ${t}`);
    if (t > 0) xs = xs.map((x) => Math.cos(x) + t);
    const inv = xs.map((x, r) => (t === 2 && r === 0 ? Number.POSITIVE_INFINITY : 1 / (x - 1)));
    const record: GenerationRecord = { t, metrics: { x: summary(xs), inv: summary(inv) } };
    const checkpoint: Checkpoint | null =
      t === 0 ? null : { t, replicates: xs.map((x) => ({ model: Float64Array.of(x, -0, Number.NaN) })) };
    yield { record, checkpoint };
  }
}
