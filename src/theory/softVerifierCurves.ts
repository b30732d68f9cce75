// Dispatches the soft-verifier closed form (docs/theory.md#soft-verifier) for a verified Gaussian policy.
import type { ExperimentSpec } from "../spec/types.js";
import { softVerifierGaussian } from "./softVerifierGaussian.js";
import type { TheoryCurves } from "./theoryCurve.js";
import { gaussianTruth } from "./truthParameters.js";

function record(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function finite(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * `mean` and `var` of model family gaussian-policy with a soft verifier and rejection-sampling refits, regime
 * replace, no exogenous data: generation t has passed t rounds, so (m_t, s_t^2) is the closed form at t.
 * Infinite-sample values: the finite-n bias is O(t/n). {} outside that setting.
 */
export function softVerifierCurves(spec: ExperimentSpec): TheoryCurves {
  const truth = gaussianTruth(spec);
  if (truth === null || spec.model.family !== "gaussian-policy") return {};
  const verifier = record(spec.model.verifier);
  const update = record(spec.model.update);
  const initial = record(spec.model.initial);
  const alpha = spec.data.alpha;
  if (verifier.kind !== "soft" || update.rule !== "rejection" || spec.data.regime !== "replace") return {};
  if (!(alpha.schedule === "constant" && alpha.value === 0)) return {};
  const centre = finite(verifier.centre);
  const tau = finite(verifier.tau);
  if (centre === null || tau === null || !(tau > 0)) return {};
  const m0 = finite(initial.mean) ?? truth.mean;
  const s0 = finite(initial.sd) ?? truth.sd;
  const at = (t: number) =>
    Number.isInteger(t) && t >= 0 && t <= spec.generations
      ? softVerifierGaussian(m0, s0, centre, tau, t)
      : null;
  return {
    mean: (t) => at(t)?.mean ?? null,
    var: (t) => at(t)?.variance ?? null,
  };
}
