// The queue's vocabulary, shared by coordinator and workers: one queue, one job per cell, its id from the cell's hash.
import type { CellTask } from "./cellTypes.js";

/** Every sweep uses this queue: a job is named by its content, so equal cells of different sweeps are one job. */
export const CELL_QUEUE = "ouro-cells";

/** BullMQ ids may not contain `:` nor be integers. */
export function cellJobId(hash: string): string {
  return `cell-${hash}`;
}

/** A job's data: the task, its hash (checked by the worker) and the coordinator's ouroboros version. */
export interface CellJobData {
  readonly hash: string;
  readonly version: string;
  readonly task: CellTask;
}
