// The loop P_{t+1} = Fit(D_t) of Zenil (arXiv 2601.05280, sec. 2) under the contract's generation convention.
import { Rng } from "../core/rng.js";
import type { FamilyInstance } from "../families/family.js";
import { resolveFamily } from "../spec/normaliseSpec.js";
import type { ExperimentSpec } from "../spec/types.js";
import { theoryCurves } from "../theory/theoryCurves.js";
import { alphaAt, alphaSum } from "./alphaSchedule.js";
import { summarise, summariseConstant } from "./summarise.js";
import type { Checkpoint, GenerationRecord, MetricSummary } from "./types.js";

/** One generation's result; the checkpoint is encoded only when read. */
export interface GenerationStep {
  readonly record: GenerationRecord;
  readonly checkpoint: Checkpoint | null;
}

export interface RunOptions {
  /** Use a family's flat-array kernel where it has one (default true); false runs the per-replicate path. */
  readonly kernels?: boolean;
}

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
  const { n, regime, alpha: schedule, lambda } = spec.data;
  const familyNames = family.metricNames;
  const M = familyNames.length;
  const entropyIndex = familyNames.indexOf("entropy");
  const root = Rng.fromSeed(spec.seed);
  const streams = Array.from({ length: R }, (_, r) => root.fork("replicate", r, "generation"));
  const rng = Rng.fromSeed(0);
  const keepsPool = regime !== "replace";

  const values = new Float64Array(M * R);
  const scratch = new Float64Array(R);
  const one = new Float64Array(M);
  const previousEntropy = new Float64Array(entropyIndex >= 0 ? R : 0);
  const drop = new Float64Array(entropyIndex >= 0 ? R : 0);

  let models: unknown[];
  let pools: unknown[];
  let start: number;
  if (from) {
    const { checkpoint } = from;
    if (checkpoint.replicates.length !== R) {
      throw new Error(`checkpoint has ${checkpoint.replicates.length} replicates; the spec has ${R}`);
    }
    models = checkpoint.replicates.map((state) => family.decodeModel(state.model));
    pools = checkpoint.replicates.map((state) =>
      state.pool === undefined ? family.empty() : family.decodeData(state.pool),
    );
    start = checkpoint.t + 1;
    if (entropyIndex >= 0) {
      for (let r = 0; r < R; r++) {
        family.measure(models[r], one);
        previousEntropy[r] = one[entropyIndex]!;
      }
    }
  } else {
    models = new Array<unknown>(R).fill(family.truth);
    pools = new Array<unknown>(R).fill(family.empty());
    start = 1;
    family.measure(family.truth, one);
    for (let m = 0; m < M; m++) values.fill(one[m]!, m * R, (m + 1) * R);
    if (entropyIndex >= 0) previousEntropy.fill(one[entropyIndex]!);
    yield { record: record(0), checkpoint: null };
  }

  /** The generation whose state the models, pools and kernel hold now. */
  let live = start - 1;
  const kernel = options.kernels === false ? null : (family.createKernel?.(R, { n, regime, lambda }) ?? null);
  kernel?.load(models, pools);

  for (let t = start; t <= spec.generations; t++) {
    const alpha = alphaAt(schedule, t);
    const fresh = t === 1 ? n : Math.round(alpha * n);
    if (kernel) {
      kernel.step(t, fresh, streams, rng, values);
    } else {
      for (let r = 0; r < R; r++) {
        streams[r]!.forkInto(rng, t);
        const model = models[r];
        let data: unknown;
        if (t === 1) {
          data = family.sampleTruth(rng, n);
          if (keepsPool) pools[r] = data;
        } else if (regime === "fixed-real") {
          data = family.combine(pools[r], family.sample(rng, model, Math.round(lambda * n)));
        } else {
          const batch = family.combine(family.sampleTruth(rng, fresh), family.sample(rng, model, n - fresh));
          if (regime === "replace") {
            data = batch;
          } else {
            pools[r] = family.combine(pools[r], batch);
            data = regime === "accumulate" ? pools[r] : family.subsample!(rng, pools[r], n);
          }
        }
        const fitted = family.fit(data, model);
        const next = family.afterFit ? family.afterFit(fitted) : fitted;
        models[r] = next;
        family.measure(next, one);
        for (let m = 0; m < M; m++) values[m * R + r] = one[m]!;
      }
    }
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
        const stateModels = kernel ? kernel.models() : models;
        const statePools = keepsPool ? (kernel ? kernel.pools() : pools) : null;
        encoded = {
          t,
          replicates: stateModels.map((model, r) =>
            statePools
              ? { model: family.encodeModel(model), pool: family.encodeData(statePools[r]) }
              : { model: family.encodeModel(model) },
          ),
        };
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
