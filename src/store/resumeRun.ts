// Continues an interrupted or failed run from its latest checkpoint; the result equals an uninterrupted run's.
import { inputError } from "../core/errors.js";
import type { ExperimentSpec } from "../spec/types.js";
import { type GenerationSource, type RecordRunOptions, storeSteps } from "./recordRun.js";
import type { RunStore } from "./runStore.js";

export interface ResumeOutcome {
  readonly run: string;
  /** `resumed`: generations were computed now; `done`: the run had already finished, nothing was done. */
  readonly outcome: "resumed" | "done";
  /** The generation it continued after (the checkpoint's t; 0 when it started again from P*). */
  readonly from: number;
}

/**
 * Resumes `run`. `normalise` is the spec loader's normaliseSpec: the stored spec must normalise to itself in
 * this version, or the continuation could not equal the original run.
 */
export function resumeRun(
  store: RunStore,
  run: string,
  source: GenerationSource,
  normalise: (input: unknown) => ExperimentSpec,
  options: Omit<RecordRunOptions, "sweep"> & { readonly takeOver?: boolean } = {},
): ResumeOutcome {
  const stored = store.spec(run);
  const spec = normalise(stored);
  if (JSON.stringify(spec) !== JSON.stringify(stored)) {
    throw inputError(
      "RUN",
      run,
      `a run whose spec this version normalises unchanged (it was stored by ouroboros ${store.run(run).version})`,
      "cannot resume",
    );
  }
  const claimed = store.claimRun(run, { takeOver: options.takeOver === true });
  if (claimed.status === "done") return { run, outcome: "done", from: claimed.generations_done };
  const checkpoint = store.checkpoint(run);
  const steps = source(spec, checkpoint === null ? undefined : { checkpoint })[Symbol.iterator]();
  storeSteps(store, run, steps, options);
  return { run, outcome: "resumed", from: checkpoint?.t ?? 0 };
}
