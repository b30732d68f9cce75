// A contiguous range of replicates advanced one generation at a time: the per-replicate work of the loop (contract: generation convention).
import { Rng } from "../core/rng.js";
import type { FamilyInstance, GenerationKernel } from "../families/family.js";
import { alphaAt } from "../spec/alphaSchedule.js";
import type { ExperimentSpec } from "../spec/types.js";
import type { Checkpoint } from "./types.js";

export type ReplicateState = Checkpoint["replicates"][number];

/** Replicates first .. first + size - 1 of a run, with their models, pools and metric values. */
export interface ReplicateShard {
  readonly first: number;
  readonly size: number;
  /** Metric m of local replicate i is values[m * size + i]: the last generation stepped, or the current state once measured. */
  readonly values: Float64Array;
  /** Writes the metrics of the current models into `values` (t = 0, or the state a checkpoint restored). */
  measureCurrent(): void;
  /** Fits generation t for every replicate of the shard and writes its metrics into `values`. */
  step(t: number): void;
  /** The shard's state, encoded for a checkpoint. */
  encode(): ReplicateState[];
}

export interface ShardOptions {
  /** Use the family's flat-array kernel where it has one (default true). */
  readonly kernels?: boolean;
}

/**
 * Creates the shard of replicates [first, first + size) from P* (no `restored`) or from their checkpointed states.
 * Replicate r at generation t draws only from fork("replicate", r, "generation", t) of the seed.
 */
export function createReplicateShard(
  spec: ExperimentSpec,
  family: FamilyInstance<unknown, unknown>,
  first: number,
  size: number,
  restored: readonly ReplicateState[] | null,
  options: ShardOptions = {},
): ReplicateShard {
  const { n, regime, alpha: schedule, lambda } = spec.data;
  const M = family.metricNames.length;
  const root = Rng.fromSeed(spec.seed);
  const streams = root.fork("replicate").packForkKeys(first, size, "generation");
  const rng = Rng.fromSeed(0);
  const keepsPool = regime !== "replace";
  // A family whose t = 0 is an initial model (FamilyInstance.firstFit) draws from it at t = 1 too.
  const shift = family.firstFit === "model" ? 1 : 0;
  const values = new Float64Array(M * size);
  const one = new Float64Array(M);

  const models: unknown[] = restored
    ? restored.map((state) => family.decodeModel(state.model))
    : new Array<unknown>(size).fill(family.truth);
  const pools: unknown[] = restored
    ? restored.map((state) => (state.pool === undefined ? family.empty() : family.decodeData(state.pool)))
    : new Array<unknown>(size).fill(family.empty());
  const kernel: GenerationKernel<unknown, unknown> | null =
    options.kernels === false ? null : (family.createKernel?.(size, { n, regime, lambda }) ?? null);
  if (kernel) {
    kernel.load(models, pools);
    // The kernel holds the state from here on; a restored run's decoded vectors need not stay alive beside it.
    models.length = 0;
    pools.length = 0;
  }

  function stepGeneric(t: number, fresh: number): void {
    for (let i = 0; i < size; i++) {
      rng.forkPackedInto(streams, i, t);
      const model = models[i];
      let data: unknown;
      if (t === 1) {
        data =
          shift === 0
            ? family.sampleTruth(rng, n)
            : family.combine(family.sampleTruth(rng, fresh), family.sample(rng, model, n - fresh));
        if (keepsPool) pools[i] = data;
      } else if (regime === "fixed-real") {
        data = family.combine(pools[i], family.sample(rng, model, Math.round(lambda * n)));
      } else {
        const batch = family.combine(family.sampleTruth(rng, fresh), family.sample(rng, model, n - fresh));
        if (regime === "replace") {
          data = batch;
        } else {
          pools[i] = family.combine(pools[i], batch);
          data = regime === "accumulate" ? pools[i] : family.subsample!(rng, pools[i], n);
        }
      }
      const fitted = family.fit(data, model);
      const next = family.afterFit ? family.afterFit(fitted) : fitted;
      models[i] = next;
      family.measure(next, one);
      for (let m = 0; m < M; m++) values[m * size + i] = one[m]!;
    }
  }

  return {
    first,
    size,
    values,
    measureCurrent() {
      if (kernel) {
        kernel.measure(values);
        return;
      }
      for (let i = 0; i < size; i++) {
        family.measure(models[i], one);
        for (let m = 0; m < M; m++) values[m * size + i] = one[m]!;
      }
    },
    step(t) {
      const fresh = t === 1 && shift === 0 ? n : Math.round(alphaAt(schedule, t + shift) * n);
      if (kernel) kernel.step(t, fresh, streams, rng, values);
      else stepGeneric(t, fresh);
    },
    encode() {
      const stateModels = kernel ? kernel.models() : models;
      const statePools = keepsPool ? (kernel ? kernel.pools() : pools) : null;
      return stateModels.map((model, i) =>
        statePools
          ? { model: family.encodeModel(model), pool: family.encodeData(statePools[i]) }
          : { model: family.encodeModel(model) },
      );
    },
  };
}
