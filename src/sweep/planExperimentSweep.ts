// Plans an experiment sweep: the product of its axes over a base spec, every cell normalised and checked before any work.
import { InputError, type InputIssue, inputError } from "../core/errors.js";
import { normaliseSpec } from "../spec/normaliseSpec.js";
import type { ExperimentSpec } from "../spec/types.js";
import { type AxisRange, axisValues } from "./axisValues.js";
import { cellHash, sweepId } from "./cellHash.js";
import type { SweepCell, SweepPlan } from "./cellTypes.js";
import { hasKeyPath, keyPaths } from "./keyPaths.js";
import { setKeyPath } from "./setKeyPath.js";

/** At most this many cells in one sweep. */
export const MAX_CELLS = 1_000_000;

type Axis = readonly unknown[] | AxisRange;

export interface ExperimentSweepInput {
  readonly name?: string | undefined;
  /** The base spec as parsed (before normalisation). */
  readonly base: unknown;
  readonly axes: Readonly<Record<string, Axis>>;
  readonly seeds?: Axis | undefined;
  /** The sweep document as read, stored with the sweep. */
  readonly document: unknown;
}

function prefixed(error: unknown, prefix: string, context: string): unknown {
  if (!(error instanceof InputError)) return error;
  return new InputError(
    error.issues.map((issue) => ({ ...issue, path: issue.path === "" ? prefix : `${prefix}.${issue.path}` })),
    context,
  );
}

function describeParams(params: Readonly<Record<string, unknown>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(", ");
}

/**
 * The base spec normalised; a base that is incomplete on its own (say `data.n` left to an axis) is normalised with the
 * first value of every axis set, so that its defaults can still be listed and filled in.
 */
function normaliseBase(input: ExperimentSweepInput): ExperimentSpec {
  try {
    return normaliseSpec(input.base);
  } catch (error) {
    let first = input.base;
    for (const [path, axis] of Object.entries(input.axes)) {
      const values = axisValues(`axes.${path}`, axis);
      if (values.length > 0) first = setKeyPath(first, path, values[0], undefined);
    }
    try {
      return normaliseSpec(first);
    } catch {
      throw prefixed(error, "base", "invalid base spec");
    }
  }
}

/** Every cell of the product, in order: the first axis varies slowest, seeds fastest. */
export function planExperimentSweep(input: ExperimentSweepInput): SweepPlan {
  const normalisedBase = normaliseBase(input);
  const axes: [string, readonly unknown[]][] = [];
  const known = keyPaths(normalisedBase);
  for (const [path, axis] of Object.entries(input.axes)) {
    if (path === "seed" && input.seeds !== undefined) {
      throw inputError(
        `axes.${path}`,
        path,
        "either an axis on seed or `seeds`, not both",
        "conflicting axes",
      );
    }
    if (!hasKeyPath(input.base, path) && !hasKeyPath(normalisedBase, path)) {
      throw inputError(
        `axes.${path}`,
        path,
        `a key path of the base spec or its defaults: ${known.join(", ")}`,
        "unknown axis",
      );
    }
    axes.push([path, axisValues(`axes.${path}`, axis)]);
  }
  if (input.seeds !== undefined) axes.push(["seed", axisValues("seeds", input.seeds)]);
  for (const [path, values] of axes) {
    if (values.length === 0) {
      throw inputError(
        path === "seed" && input.seeds !== undefined ? "seeds" : `axes.${path}`,
        values,
        "at least one value (an axis without values makes the product of the axes empty)",
        "empty product",
      );
    }
  }
  const total = axes.reduce((product, [, values]) => product * values.length, 1);
  if (total > MAX_CELLS) {
    throw inputError("axes", total, `a product of at most ${MAX_CELLS} cells`, "too many cells");
  }

  const cells: SweepCell[] = [];
  const byHash = new Map<string, number>();
  for (let index = 0; index < total; index++) {
    const params: Record<string, unknown> = {};
    let document = input.base;
    let rest = index;
    for (let a = axes.length - 1; a >= 0; a--) {
      const [path, values] = axes[a]!;
      params[path] = values[rest % values.length];
      rest = Math.floor(rest / values.length);
    }
    const ordered: Record<string, unknown> = {};
    for (const [path] of axes) {
      ordered[path] = params[path];
      document = setKeyPath(document, path, params[path], normalisedBase);
    }
    let spec: ExperimentSpec;
    try {
      spec = normaliseSpec(document);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(error.issues, `invalid cell ${index} (${describeParams(ordered)})`);
    }
    const hash = cellHash({ kind: "experiment", spec });
    const twin = byHash.get(hash);
    if (twin !== undefined) {
      const issue: InputIssue = {
        path: "axes",
        value: ordered,
        allowed: `cells that differ: cell ${index} has the same normalised spec as cell ${twin} (${describeParams(cells[twin]!.params)})`,
      };
      throw new InputError([issue], "duplicate cells");
    }
    byHash.set(hash, index);
    cells.push({ index, params: ordered, hash, task: { kind: "experiment", spec } });
  }
  const name = input.name ?? normalisedBase.name;
  return {
    id: sweepId(
      name,
      "experiment",
      cells.map((cell) => cell.hash),
    ),
    name,
    kind: "experiment",
    document: input.document,
    cells,
  };
}
