// Zipf-Mandelbrot vocabularies: p_i proportional to (i + b)^-a, i = 1..m (Mandelbrot 1953); rare words are forgotten first.
import { z } from "zod";
import { integerAtLeast, strictObject } from "../../core/schema.js";
import type { Family } from "../family.js";
import { createDiscreteInstance } from "./discreteInstance.js";
import { type DiscreteEstimatorOptions, discreteEstimatorSchema } from "./estimatorSchema.js";
import { checkDiscreteMemory } from "./memoryCheck.js";

const zipfTruthSchema = strictObject({
  m: integerAtLeast(1),
  a: z.number({ error: "an exponent >= 0" }).min(0, { error: "an exponent >= 0" }).default(1),
  b: z.number({ error: "a shift > -1" }).gt(-1, { error: "a shift > -1" }).default(0),
});

export type ZipfTruth = z.infer<typeof zipfTruthSchema>;

/** The Zipf-Mandelbrot probabilities over ranks 1..m. */
export function zipfProbs({ m, a, b }: ZipfTruth): Float64Array {
  const p = new Float64Array(m);
  let total = 0;
  for (let i = 0; i < m; i++) {
    p[i] = (i + 1 + b) ** -a;
    total += p[i]!;
  }
  for (let i = 0; i < m; i++) p[i] = p[i]! / total;
  return p;
}

export const zipfFamily: Family<ZipfTruth, DiscreteEstimatorOptions> = {
  name: "zipf",
  truthFamilies: ["zipf"],
  capabilities: { subsample: true, temperature: true, reservoir: true },
  truthSchema: () => zipfTruthSchema,
  modelSchema: discreteEstimatorSchema,
  check: (truth, _options, { replicates }) => checkDiscreteMemory(truth.m, replicates, "truth.m"),
  create: (truth, options, sampling) => createDiscreteInstance(zipfProbs(truth), options, sampling),
};
