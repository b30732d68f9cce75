// The theory dispatcher: each metric's closed form for one spec, where one holds (docs/theory.md#dispatcher).
import type { ExperimentSpec } from "../spec/types.js";
import { categoricalCurves } from "./categoricalCurves.js";
import { gaussianCurves } from "./gaussianCurves.js";
import { poissonCurves } from "./poissonCurves.js";
import { softVerifierCurves } from "./softVerifierCurves.js";
import type { TheoryCurves } from "./theoryCurve.js";

/**
 * Metric name -> (t -> closed-form value at generation t, or null). Exact unless docs/theory.md#dispatcher lists it
 * as an approximation (Miller-Madow `entropy` at t = 1; the infinite-sample temperature map).
 */
export function theoryCurves(spec: ExperimentSpec): TheoryCurves {
  return Object.freeze({
    ...gaussianCurves(spec),
    ...categoricalCurves(spec),
    ...poissonCurves(spec),
    ...softVerifierCurves(spec),
  });
}
