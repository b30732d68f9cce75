// The one interface every generative-model family implements (docs/architecture.md): sample, fit, measure.
import type { z } from "zod";
import type { Rng } from "../core/rng.js";

/** How a fitted model is sampled from, and what is done to it after each fit (from the spec's `sampling`). */
export interface SamplingOptions {
  /** p -> p^(1/temperature), renormalised; 1 leaves the model as it is. */
  readonly temperature: number;
  /** Weight of a uniform mixture added after each fit (discrete families); 0 for none. */
  readonly reservoir: number;
  /** The regime subsamples an accumulated pool, so data sets must keep individual samples, not only statistics. */
  readonly keepSamples: boolean;
}

/** Which loop regimes and sampling options a family supports (checked when a spec is validated). */
export interface FamilyCapabilities {
  /** Can draw n items without replacement from an accumulated pool (regime accumulate-subsample). */
  readonly subsample: boolean;
  /** Honours a temperature other than 1. */
  readonly temperature: boolean;
  /** Honours a uniform reservoir. */
  readonly reservoir: boolean;
}

/**
 * A family bound to one experiment: the truth P*, the learner's options and the sampling options are fixed.
 * M is a fitted model, D is a data set (often a sufficient statistic: counts, or count/mean/sum of squares).
 * Methods used in the hot loop never throw on numerical trouble: they return NaN metrics instead.
 */
export interface FamilyInstance<M, D> {
  /** Metric names in the order they are reported (contract names first). */
  readonly metricNames: readonly string[];
  /** P* as a model: the model at t = 0. */
  readonly truth: M;
  /**
   * What the fit at t = 1 uses: "truth" (the default, the contract's convention: n exogenous samples) or "model":
   * like every later generation, round(alpha n) exogenous samples and the rest drawn from the model at t = 0, which
   * is then an initial model rather than P* (e.g. a policy improved by a verifier: generation t has passed t rounds).
   */
  readonly firstFit?: "truth" | "model";
  /** n samples from P* (exogenous data). */
  sampleTruth(rng: Rng, n: number): D;
  /** n samples from a fitted model, with the temperature applied. */
  sample(rng: Rng, model: M, n: number): D;
  /** The data set with no samples. */
  empty(): D;
  /** The union of two data sets (neither is modified). */
  combine(a: D, b: D): D;
  /** Number of samples in a data set. */
  size(data: D): number;
  /** n samples drawn without replacement from `pool` (only when capabilities.subsample). */
  subsample?(rng: Rng, pool: D, n: number): D;
  /** The learner: the model fitted to `data`; `previous` is the model of the last generation. */
  fit(data: D, previous: M): M;
  /** After a fit: mix in the uniform reservoir (only when capabilities.reservoir and reservoir > 0). */
  afterFit?(model: M): M;
  /** Metrics of a model against P*, in the order of metricNames (written into `out`). */
  measure(model: M, out: Float64Array): void;
  /** JSON-safe encodings for checkpoints; decode(encode(x)) must reproduce x exactly. */
  encodeModel(model: M): unknown;
  decodeModel(json: unknown): M;
  encodeData(data: D): unknown;
  decodeData(json: unknown): D;
  /**
   * An optional fast path that advances every replicate at once on flat arrays. It must draw and compute exactly
   * what the per-replicate methods do (a differential test holds it to that); null where it has no kernel for the plan.
   */
  createKernel?(replicates: number, plan: KernelPlan): GenerationKernel<M, D> | null;
}

/** What a generation kernel needs to know of the loop. */
export interface KernelPlan {
  readonly n: number;
  readonly regime: string;
  readonly lambda: number;
}

/** Every replicate's state on flat arrays, advanced one generation per call (see FamilyInstance.createKernel). */
export interface GenerationKernel<M, D> {
  /** Takes the per-replicate models and pools (the loop's state at the start, or a checkpoint's). */
  load(models: readonly M[], pools: readonly D[]): void;
  /**
   * Generation t: replicate r draws from the stream streams[r].fork(t), whose parent's key is packed in `streams`
   * as Rng.packKeys packs it (`scratch.forkPackedInto(streams, r, t)` gives it; `scratch` is the caller's Rng for that
   * use, and a kernel may use its own instead); `fresh` exogenous samples (t >= 2).
   * Metric m of replicate r goes to values[m * replicates + r].
   */
  step(t: number, fresh: number, streams: Uint32Array, scratch: Rng, values: Float64Array): void;
  /** The metrics of the current models into `values`, laid out as step writes them (t = 0, or after load). */
  measure(values: Float64Array): void;
  /** The current state as per-replicate models and pools (for checkpoints; read before the next step). */
  models(): M[];
  pools(): D[];
}

/** A registered family: validates its parameters and binds itself to an experiment. */
export interface Family<T = unknown, O = unknown> {
  /** The model family's name (spec `model.family`). */
  readonly name: string;
  /** Truth families (spec `truth.family`) this learner can be trained on. */
  readonly truthFamilies: readonly string[];
  readonly capabilities: FamilyCapabilities;
  /** Schema of the truth parameters (every key of `truth` except `family`). */
  truthSchema(truthFamily: string): z.ZodType<T>;
  /** Schema of the learner options (every key of `model` except `family`). */
  readonly modelSchema: z.ZodType<O>;
  /** Checks that are more than types (e.g. probabilities summing to 1, memory bounds); returns issues. */
  check?(truth: T, options: O, context: { readonly n: number; readonly replicates: number }): CheckIssue[];
  /** Binds the family to one experiment. */
  create(
    truth: T,
    options: O,
    sampling: SamplingOptions,
    truthFamily: string,
  ): FamilyInstance<unknown, unknown>;
}

/** A problem found by Family.check: a key path relative to `truth.` or `model.`, the value and what is allowed. */
export interface CheckIssue {
  readonly path: string;
  readonly value: unknown;
  readonly allowed: string;
}
