// The V8 setting the `ouro` command runs under: a larger inlining budget, so that a replicate's samplers compile into
// the loop that calls them instead of being called (and boxing every double they return); docs/performance.md.
import v8 from "node:v8";

/**
 * Bytecode bytes V8 may inline into one optimised function (its default is 920). The Gaussian kernel's model-draw
 * pass (loading a stream, a normal, a gamma by Marsaglia-Tsang and the uniforms under them) needs more than the
 * default; under it that pass is up to 0.47 s slower in the benchmark (docs/performance.md).
 */
export const INLINING_BUDGET = 3000;

/**
 * Applies the setting. Call it before the code it concerns is optimised, that is before importing the rest of the
 * program; V8 flags are per process, so worker threads started later share it.
 */
export function applyV8Tuning(): void {
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
}
