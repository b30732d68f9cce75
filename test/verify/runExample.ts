// Runs an example spec (examples/verifier-*.yaml) through the loop, with optional overrides, for the verifier tests.
import { fileURLToPath } from "node:url";
import { runGenerations } from "../../src/loop/run.js";
import type { GenerationRecord, MetricSummary } from "../../src/loop/types.js";
import { loadSpecFile } from "../../src/spec/load.js";

export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../../examples/${name}.yaml`, import.meta.url));
}

export function runExample(name: string, overrides: readonly string[] = []): GenerationRecord[] {
  const spec = loadSpecFile(examplePath(name), overrides);
  return [...runGenerations(spec)].map((step) => step.record);
}

/** The metric at generation t, with a finite mean and SE. */
export function at(
  records: readonly GenerationRecord[],
  t: number,
  metric: string,
): { mean: number; se: number } {
  const summary: MetricSummary | undefined = records[t]?.metrics[metric];
  if (!summary || summary.mean === null || summary.se === null) throw new Error(`no ${metric} at t = ${t}`);
  return { mean: summary.mean, se: summary.se };
}

/** SE of a difference of two independent means. */
export function seOfDifference(a: { se: number }, b: { se: number }): number {
  return Math.hypot(a.se, b.se);
}
