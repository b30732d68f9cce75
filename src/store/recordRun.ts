// Runs a spec's generations into the store, one transaction per generation, so a killed run loses at most one.
import type { Checkpoint, GenerationRecord } from "../loop/types.js";
import type { ExperimentSpec } from "../spec/types.js";
import type { RunStore } from "./runStore.js";

/** One step of the loop: a generation's record and the checkpoint after it (null at t = 0). */
export interface LoopStep {
  readonly record: GenerationRecord;
  readonly checkpoint: Checkpoint | null;
}

/**
 * The loop (src/loop/run.ts `runGenerations`): t = 0, 1, ..., T, or from a checkpoint's t + 1 on. A step's
 * checkpoint may be encoded from the loop's live state, so it is read before the next step is pulled.
 */
export type GenerationSource = (
  spec: ExperimentSpec,
  from?: { readonly checkpoint: Checkpoint },
) => Iterable<LoopStep>;

/** Reported after each stored generation. */
export interface RunProgress {
  readonly run: string;
  readonly t: number;
  readonly generations: number;
  /** Compute time of this generation. */
  readonly seconds: number;
}

export interface RecordRunOptions {
  readonly sweep?: string;
  readonly onGeneration?: (progress: RunProgress) => void;
}

/** A run that started and then failed: it is marked failed in the store with `cause`'s message. */
export class RunFailedError extends Error {
  readonly run: string;
  constructor(run: string, cause: unknown) {
    super(`run ${run} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "RunFailedError";
    this.run = run;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Pulls one step, timing it. */
function timedNext(steps: Iterator<LoopStep>): { step: LoopStep | null; seconds: number } {
  const start = performance.now();
  const next = steps.next();
  return { step: next.done === true ? null : next.value, seconds: (performance.now() - start) / 1000 };
}

/** Stores every step of `steps` after the generations already stored, then marks the run done. */
export function storeSteps(
  store: RunStore,
  run: string,
  steps: Iterator<LoopStep>,
  options: RecordRunOptions = {},
): void {
  const generations = store.run(run).generations;
  try {
    let stored = store.run(run).generations_done;
    for (let next = timedNext(steps); next.step !== null; next = timedNext(steps)) {
      const { record, checkpoint } = next.step;
      // Without a checkpoint the loop starts again from t = 0; what is stored already is identical, keep it.
      if (record.t <= stored) continue;
      store.appendGeneration(run, { record, checkpoint, seconds: next.seconds });
      stored = record.t;
      options.onGeneration?.({ run, t: record.t, generations, seconds: next.seconds });
    }
    if (stored !== generations)
      throw new Error(`the loop stopped after generation ${stored} of ${generations}`);
    store.finishRun(run);
  } catch (error) {
    store.failRun(run, messageOf(error));
    throw new RunFailedError(run, error);
  }
}

/**
 * Runs `spec` into the store and returns the new run's id. Generation t = 0 is computed before the store is
 * opened (`open` is called only then), so a spec the loop rejects leaves nothing behind.
 */
export function recordRun(
  spec: ExperimentSpec,
  source: GenerationSource,
  open: () => RunStore,
  options: RecordRunOptions = {},
): string {
  const steps = source(spec)[Symbol.iterator]();
  const first = timedNext(steps);
  if (first.step === null) throw new Error("the loop yielded no generation");
  const store = open();
  const run = store.createRun(spec, { ...first.step, seconds: first.seconds }, options);
  options.onGeneration?.({
    run,
    t: first.step.record.t,
    generations: spec.generations,
    seconds: first.seconds,
  });
  storeSteps(store, run, steps, options);
  return run;
}
