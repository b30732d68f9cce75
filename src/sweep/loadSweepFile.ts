// Loads a sweep file (YAML or JSON) and plans it; a base spec given as a path is read relative to the sweep file.
import { dirname, resolve } from "node:path";
import { parseSpecText } from "../spec/load.js";
import type { SweepPlan } from "./cellTypes.js";
import { planSweep, readText } from "./planSweep.js";

/** Throws InputError on any problem, before any work. */
export function loadSweepFile(path: string): SweepPlan {
  const document = parseSpecText(readText(path, "sweep file", "SWEEP"), path);
  return planSweep(document, dirname(resolve(path)));
}
