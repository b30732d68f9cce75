// The --threads option: how many threads a run splits its replicates over (results do not depend on it).
import { availableParallelism } from "node:os";
import { inputError } from "../core/errors.js";
import { type RunOptions, runGenerations } from "../loop/run.js";
import type { GenerationSource } from "../store/recordRun.js";

export const THREADS_HELP =
  "threads to split the replicates over (default 1; the numbers do not depend on it)";

/** Parses --threads: a positive integer, or "auto" for every core. */
export function parseThreads(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === "auto") return availableParallelism();
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1)
    throw inputError("--threads", value, "an integer >= 1 or auto");
  return threads;
}

/** The loop as a generation source with the given run options. */
export function loopWith(options: RunOptions): GenerationSource {
  return (spec, from) => runGenerations(spec, from, options);
}
