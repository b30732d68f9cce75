// The loop P_{t+1} = Fit(D_t) of Zenil (arXiv 2601.05280, sec. 2) under the contract's generation convention.
import type { FamilyInstance } from "../families/family.js";
import { resolveFamily } from "../spec/normaliseSpec.js";
import type { ExperimentSpec } from "../spec/types.js";
import { theoryCurves } from "../theory/theoryCurves.js";
import { alphaAt, alphaSum } from "./alphaSchedule.js";
import { createReplicateShard, type ShardOptions } from "./replicateShard.js";
import { summarise, summariseConstant } from "./summarise.js";
import type { Checkpoint, GenerationRecord, MetricSummary } from "./types.js";

/** One generation's result; the checkpoint is encoded only when read. */
export interface GenerationStep {
  readonly record: GenerationRecord;
  readonly checkpoint: Checkpoint | null;
}

export type RunOptions = ShardOptions;

/** The metric names a run reports, in order: the family's, entropy_drop where there is an entropy, then alpha. */
export function reportedMetrics(familyMetrics: readonly string[]): string[] {
  const names = [...familyMetrics];
  if (familyMetrics.includes("entropy")) names.push("entropy_drop");
  names.push("alpha", "alpha_sum");
  return names;
}

/** Binds the spec's family, with the sampling options the regime needs. */
export function bindFamily(spec: ExperimentSpec): FamilyInstance<unknown, unknown> {
  const { family, truth, options } = resolveFamily(spec);
  return family.create(
    truth as never,
    options as never,
    {
      temperature: spec.sampling.temperature,
      reservoir: spec.sampling.reservoir,
      keepSamples: spec.data.regime === "accumulate-subsample",
    },
    spec.truth.family,
  );
}

/**
 * Runs the loop for every replicate, one generation at a time, yielding t = 0 (P* itself) and then t = 1..T
 * with the state to resume from. Replicate r at generation t draws only from the stream
 * fork("replicate", r, "generation", t) of the seed, so results do not depend on how work is split.
 */
export function* runGenerations(
  spec: ExperimentSpec,
  from?: { checkpoint: Checkpoint },
  options: RunOptions = {},
): Generator<GenerationStep> {
  const family = bindFamily(spec);
  const theory = theoryCurves(spec);
  const R = spec.replicates;
  const { alpha: schedule } = spec.data;
  const familyNames = family.metricNames;
  const M = familyNames.length;
  const entropyIndex = familyNames.indexOf("entropy");
  if (from && from.checkpoint.replicates.length !== R) {
    throw new Error(`checkpoint has ${from.checkpoint.replicates.length} replicates; the spec has ${R}`);
  }
  const shard = createReplicateShard(spec, family, 0, R, from ? from.checkpoint.replicates : null, options);
  const values = shard.values;
  const scratch = new Float64Array(R);
  const previousEntropy = new Float64Array(entropyIndex >= 0 ? R : 0);
  const drop = new Float64Array(entropyIndex >= 0 ? R : 0);

  const start = from ? from.checkpoint.t + 1 : 1;
  shard.measureCurrent();
  if (entropyIndex >= 0) previousEntropy.set(values.subarray(entropyIndex * R, (entropyIndex + 1) * R));
  if (!from) yield { record: record(0), checkpoint: null };

  /** The generation whose state the shard holds now. */
  let live = start - 1;
  for (let t = start; t <= spec.generations; t++) {
    shard.step(t);
    if (entropyIndex >= 0) {
      for (let r = 0; r < R; r++) {
        const h = values[entropyIndex * R + r]!;
        drop[r] = previousEntropy[r]! - h;
        previousEntropy[r] = h;
      }
    }
    let encoded: Checkpoint | null = null;
    live = t;
    const step: GenerationStep = {
      record: record(t),
      get checkpoint(): Checkpoint {
        if (encoded) return encoded;
        if (live !== t) {
          throw new Error(`the checkpoint of generation ${t} must be read before generation ${live} is run`);
        }
        encoded = { t, replicates: shard.encode() };
        return encoded;
      },
    };
    yield step;
  }

  function record(t: number): GenerationRecord {
    const metrics: Record<string, MetricSummary> = {};
    for (let m = 0; m < M; m++) {
      const name = familyNames[m]!;
      metrics[name] = summarise(values.subarray(m * R, (m + 1) * R), theory[name]?.(t) ?? null, scratch);
    }
    if (entropyIndex >= 0) {
      if (t === 0) drop.fill(0);
      metrics.entropy_drop = summarise(drop, theory.entropy_drop?.(t) ?? null, scratch);
    }
    metrics.alpha = summariseConstant(alphaAt(schedule, t));
    metrics.alpha_sum = summariseConstant(alphaSum(schedule, t));
    return { t, metrics };
  }
}
