// The loop P_{t+1} = Fit(D_t) of Zenil (arXiv 2601.05280, sec. 2) under the contract's generation convention.

import { alphaAt, alphaSum } from "../spec/alphaSchedule.js";
import type { ExperimentSpec } from "../spec/types.js";
import { theoryCurves } from "../theory/theoryCurves.js";
import { bindFamily } from "./bindFamily.js";
import { createShardPool } from "./parallel/createShardPool.js";
import { createReplicateShard, type ShardOptions } from "./replicateShard.js";
import { SUMMARY_WIDTH, summarise, summariseConstant, summaryFromNumbers } from "./summarise.js";
import type { Checkpoint, GenerationRecord, MetricSummary } from "./types.js";

export { bindFamily };

/** One generation's result; the checkpoint is encoded only when read. */
export interface GenerationStep {
  readonly record: GenerationRecord;
  readonly checkpoint: Checkpoint | null;
}

export interface RunOptions extends ShardOptions {
  /** Threads to split the replicates over (default 1); the results are the same for every count. */
  readonly threads?: number;
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
  // Generation t of a family that draws from its initial model at t = 1 is the schedule's s = t (alphaSchedule.ts).
  const shift = family.firstFit === "model" ? 1 : 0;
  const M = familyNames.length;
  const entropyIndex = familyNames.indexOf("entropy");
  if (from && from.checkpoint.replicates.length !== R) {
    throw new Error(`checkpoint has ${from.checkpoint.replicates.length} replicates; the spec has ${R}`);
  }
  const restored = from ? from.checkpoint.replicates : null;
  const threads = options.threads ?? 1;
  const pool = threads > 1 ? createShardPool(spec, family, restored, threads, options) : null;
  const shard = pool ?? createReplicateShard(spec, family, 0, R, restored, options);
  const values = shard.values;
  const scratch = new Float64Array(R);
  const previousEntropy = new Float64Array(entropyIndex >= 0 ? R : 0);
  const drop = new Float64Array(entropyIndex >= 0 ? R : 0);
  try {
    yield* generations();
  } finally {
    pool?.close();
  }

  function* generations(): Generator<GenerationStep> {
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
            throw new Error(
              `the checkpoint of generation ${t} must be read before generation ${live} is run`,
            );
          }
          encoded = { t, replicates: shard.encode() };
          return encoded;
        },
      };
      yield step;
    }
  }

  function record(t: number): GenerationRecord {
    const metrics: Record<string, MetricSummary> = {};
    const numbers = pool ? pool.summarise() : null;
    for (let m = 0; m < M; m++) {
      const name = familyNames[m]!;
      const curve = theory[name]?.(t) ?? null;
      metrics[name] = numbers
        ? summaryFromNumbers(numbers, m * SUMMARY_WIDTH, curve)
        : summarise(values.subarray(m * R, (m + 1) * R), curve, scratch);
    }
    if (entropyIndex >= 0) {
      if (t === 0) drop.fill(0);
      metrics.entropy_drop = summarise(drop, theory.entropy_drop?.(t) ?? null, scratch);
    }
    metrics.alpha = summariseConstant(alphaAt(schedule, t + shift));
    metrics.alpha_sum = summariseConstant(alphaSum(schedule, t + shift));
    return { t, metrics };
  }
}
