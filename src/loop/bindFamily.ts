// Binds a normalised spec to its family instance, with the sampling options its regime needs.
import type { FamilyInstance } from "../families/family.js";
import { resolveFamily } from "../spec/normaliseSpec.js";
import type { ExperimentSpec } from "../spec/types.js";

/** Binds the spec's family, with the sampling options the regime needs. */
export function bindFamily(spec: ExperimentSpec): FamilyInstance<unknown, unknown> {
  const { family, truth, options } = resolveFamily(spec);
  return family.create(
    truth as never,
    options as never,
    {
      temperature: spec.sampling.temperature,
      reservoir: spec.sampling.reservoir,
      keepSamples: spec.data.regime === "accumulate-subsample",
    },
    spec.truth.family,
  );
}
