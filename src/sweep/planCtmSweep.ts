// Plans the CTM enumeration of one space as a sweep: one cell per work unit of the partial-machine tree (docs/ctm.md).

import { defaultSplitDepth, listWorkUnits } from "../complexity/tm/listWorkUnits.js";
import { tmSpace } from "../complexity/tm/tmSpace.js";
import { InputError } from "../core/errors.js";
import { cellHash, sweepId } from "./cellHash.js";
import type { SweepCell, SweepPlan } from "./cellTypes.js";

export interface CtmSweepInput {
  readonly name?: string | undefined;
  readonly states: number;
  readonly symbols?: number | undefined;
  readonly max_steps?: number | undefined;
  readonly depth?: number | undefined;
  readonly out?: string | undefined;
  readonly document: unknown;
}

/** Deepest split offered: deeper splits list exponentially many tiny units. */
export const MAX_SPLIT_DEPTH = 8;

export function planCtmSweep(input: CtmSweepInput): SweepPlan {
  let space: ReturnType<typeof tmSpace>;
  try {
    space = tmSpace(input.states, input.symbols ?? 2, input.max_steps);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.issues.map((issue) => ({
        ...issue,
        path: `ctm.${issue.path.replace("max-steps", "max_steps")}`,
      })),
      "invalid CTM space",
    );
  }
  const depth = input.depth ?? defaultSplitDepth(space);
  if (depth > MAX_SPLIT_DEPTH) {
    throw new InputError(
      [{ path: "ctm.depth", value: depth, allowed: `an integer from 1 to ${MAX_SPLIT_DEPTH}` }],
      "invalid CTM space",
    );
  }
  const plan = listWorkUnits(space, depth);
  const cells: SweepCell[] = plan.units.map((prefix, index) => {
    const task = { kind: "ctm-unit", space, prefix } as const;
    return { index, params: { unit: index, prefix: prefix.join(".") }, hash: cellHash(task), task };
  });
  const name = input.name ?? `ctm-${space.states}-${space.symbols}`;
  return {
    id: sweepId(
      name,
      "ctm",
      cells.map((cell) => cell.hash),
    ),
    name,
    kind: "ctm",
    document: input.document,
    cells,
    ctm: { space, depth, trunk: plan.trunk, ...(input.out === undefined ? {} : { out: input.out }) },
  };
}
