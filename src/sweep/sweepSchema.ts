// The sweep file's structure (docs/scaling.md "Sweep files"): a base experiment spec with axes and seeds, or a CTM space.
import { z } from "zod";
import { finiteNumber, integerAtLeast, strictObject } from "../core/schema.js";

const rangeSchema = strictObject({
  from: finiteNumber("a number"),
  to: finiteNumber("a number").optional(),
  step: finiteNumber("a number").optional(),
  count: integerAtLeast(0).optional(),
});

/** A list of values, or a range of numbers. */
export const axisSchema = z.union([z.array(z.unknown()), rangeSchema], {
  error: "a list of values or a range {from, to, step} | {from, to, count} | {from, count, step}",
});

export const ctmSweepSchema = strictObject({
  states: integerAtLeast(1),
  symbols: integerAtLeast(2).optional(),
  max_steps: integerAtLeast(1).optional(),
  /** Split depth of the partial-machine tree (docs/ctm.md "Work units"); default min(states, 4). */
  depth: integerAtLeast(1).optional(),
  /** Table file to write once every unit is in. */
  out: z.string({ error: "a file path" }).min(1, { error: "a file path" }).optional(),
});

export const sweepSchema = strictObject({
  name: z.string({ error: "a non-empty name" }).min(1, { error: "a non-empty name" }).optional(),
  /** An experiment spec, inline or as a path relative to the sweep file. */
  base: z
    .union([z.looseObject({}), z.string().min(1)], {
      error: "an experiment spec (an object) or the path of a spec file",
    })
    .optional(),
  axes: z.record(z.string(), axisSchema, { error: "an object of key path: values" }).optional(),
  seeds: axisSchema.optional(),
  ctm: ctmSweepSchema.optional(),
});

export type SweepInput = z.output<typeof sweepSchema>;
