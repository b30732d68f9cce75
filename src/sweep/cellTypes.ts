// What a sweep is made of: cells (one task each, named by a content hash) and what running a task gives back.
import type { TreeCountsData } from "../complexity/tm/serializeTreeCounts.js";
import type { TmSpace } from "../complexity/tm/tmSpace.js";
import type { TreeCounts } from "../complexity/tm/treeKernel.js";
import type { GenerationRecord } from "../loop/types.js";
import type { ExperimentSpec } from "../spec/types.js";

/** The work of one cell: plain JSON-safe data, so it crosses threads and machines unchanged. */
export type CellTask =
  | { readonly kind: "experiment"; readonly spec: ExperimentSpec }
  | { readonly kind: "ctm-unit"; readonly space: TmSpace; readonly prefix: readonly number[] };

/** A task's result: a pure function of the task, whichever backend ran it. */
export type CellResult =
  | {
      readonly kind: "experiment";
      readonly records: readonly GenerationRecord[];
      /** Compute time per generation (not part of the result proper: timings differ between runs). */
      readonly seconds: readonly number[];
    }
  | { readonly kind: "ctm-unit"; readonly counts: TreeCountsData; readonly seconds: number };

export interface SweepCell {
  readonly index: number;
  /** The swept values of this cell, by key path (`data.alpha`, `seed`; `unit` for a CTM work unit). */
  readonly params: Readonly<Record<string, unknown>>;
  /** sha256 of the task and the ouroboros version (cellHash): the cell's job id on a queue. */
  readonly hash: string;
  readonly task: CellTask;
}

/** The CTM enumeration as a sweep: its space, split and the trunk counts that no unit covers. */
export interface CtmSweepPart {
  readonly space: TmSpace;
  readonly depth: number;
  readonly trunk: TreeCounts;
  /** Table file to write when the sweep is complete. */
  readonly out?: string;
}

/** A validated sweep: every cell planned and checked before any work. */
export interface SweepPlan {
  /** Derived from the sweep's name and cells: the same sweep gets the same id, so a rerun resumes it. */
  readonly id: string;
  readonly name: string;
  readonly kind: "experiment" | "ctm";
  /** The sweep document as read (stored with the sweep). */
  readonly document: unknown;
  readonly cells: readonly SweepCell[];
  readonly ctm?: CtmSweepPart;
}
