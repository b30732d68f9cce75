// Runs a spec through the loop and compares each metric's replicate mean with its theory value in units of the simulation's SE.
import { expect } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import type { GenerationRecord } from "../../src/loop/types.js";
import { normaliseSpec } from "../../src/spec/load.js";
import type { ExperimentSpec } from "../../src/spec/types.js";

export interface Simulation {
  readonly spec: ExperimentSpec;
  readonly records: readonly GenerationRecord[];
}

/** Runs the loop for the whole spec and keeps every generation's record. */
export function simulate(plain: Record<string, unknown>): Simulation {
  const spec = normaliseSpec(plain);
  const records: GenerationRecord[] = [];
  for (const step of runGenerations(spec)) records.push(step.record);
  return { spec, records };
}

/** z-scores seen by this file's checks, for the log. */
export const margins: { label: string; z: number }[] = [];

/**
 * Asserts |mean - theory| <= k SE at generation t, with SE from the simulation (plus a rounding floor of 1e-12 for
 * quantities that are deterministic). The theory value must exist: a missing closed form fails the check.
 */
export function expectNearTheory(sim: Simulation, metric: string, t: number, k: number, label = ""): number {
  const m = sim.records[t]?.metrics[metric];
  expect(m, `${metric} at t = ${t}`).toBeDefined();
  const { mean, se, theory } = m!;
  expect(theory, `${metric} theory at t = ${t}`).not.toBeNull();
  expect(mean, `${metric} mean at t = ${t}`).not.toBeNull();
  const diff = mean! - theory!;
  const z = se! > 0 ? diff / se! : diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY;
  margins.push({ label: `${label || sim.spec.name} ${metric} t=${t}`, z });
  expect(
    Math.abs(diff),
    `${sim.spec.name} ${metric} t=${t}: mean ${mean} theory ${theory} se ${se} (z = ${z.toFixed(2)})`,
  ).toBeLessThanOrEqual(k * se! + 1e-12 * Math.max(1, Math.abs(theory!)));
  return z;
}

/** Prints the largest |z| of the file (seen in the vitest output; the report quotes it). */
export function logMargins(file: string): void {
  if (margins.length === 0) return;
  const worst = margins.reduce((a, b) => (Math.abs(b.z) > Math.abs(a.z) ? b : a));
  const rms = Math.sqrt(margins.reduce((s, m) => s + m.z * m.z, 0) / margins.length);
  console.log(
    `${file}: ${margins.length} checks, rms z ${rms.toFixed(2)}, max |z| ${Math.abs(worst.z).toFixed(2)} (${worst.label})`,
  );
}
