// Reads and validates a sweep document (YAML or JSON): an experiment sweep or a CTM enumeration, all before any work.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, inputError } from "../core/errors.js";
import { toInputIssues } from "../core/schema.js";
import { parseSpecText } from "../spec/load.js";
import type { SweepPlan } from "./cellTypes.js";
import { planCtmSweep } from "./planCtmSweep.js";
import { planExperimentSweep } from "./planExperimentSweep.js";
import { sweepSchema } from "./sweepSchema.js";

export function readText(path: string, what: string, key: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw inputError(key, path, `a readable ${what}`, `cannot read ${what}`);
  }
}

/** Plans the sweep in `document`; `baseDir` resolves a base spec given as a path. */
export function planSweep(document: unknown, baseDir: string): SweepPlan {
  const parsed = sweepSchema.safeParse(document);
  if (!parsed.success) throw new InputError(toInputIssues(parsed.error.issues, document), "invalid sweep");
  const sweep = parsed.data;
  if (sweep.ctm !== undefined) {
    for (const key of ["base", "axes", "seeds"] as const) {
      if (sweep[key] !== undefined) {
        throw inputError(
          key,
          sweep[key],
          "nothing in a CTM sweep (its cells are the enumeration's work units)",
        );
      }
    }
    return planCtmSweep({ ...sweep.ctm, name: sweep.name, document });
  }
  if (sweep.base === undefined) {
    throw inputError("base", undefined, "an experiment spec (or `ctm: {states: N}` for a CTM enumeration)");
  }
  const base =
    typeof sweep.base === "string"
      ? parseSpecText(readText(resolve(baseDir, sweep.base), "spec file", "base"), sweep.base)
      : sweep.base;
  return planExperimentSweep({
    name: sweep.name,
    base,
    axes: sweep.axes ?? {},
    seeds: sweep.seeds,
    document,
  });
}
