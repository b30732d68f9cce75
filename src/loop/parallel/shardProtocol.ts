// The shared-memory protocol between a run's main thread and its shard workers: one command slot per worker.
import type { MessagePort } from "node:worker_threads";

/** Int32 slots per worker in the control array. */
export const SLOTS = 4;
/** Slot offsets: the command, its generation argument, the status, and the ready flag. */
export const COMMAND = 0;
export const ARGUMENT = 1;
export const STATUS = 2;
export const READY = 3;

export enum Command {
  Idle = 0,
  Step = 1,
  Encode = 2,
  Exit = 3,
  Measure = 4,
  Summarise = 5,
}

export enum Status {
  Busy = 0,
  Done = 1,
  Failed = -1,
}

/** What a worker is started with (structured-cloned). */
export interface ShardWorkerData {
  readonly spec: unknown;
  readonly first: number;
  readonly size: number;
  readonly replicates: number;
  readonly metrics: number;
  readonly restored: readonly unknown[] | null;
  readonly kernels: boolean;
  readonly index: number;
  readonly control: SharedArrayBuffer;
  readonly values: SharedArrayBuffer;
  /** SUMMARY_WIDTH numbers per metric; thread i summarises the metrics m with m % threads = i. */
  readonly summaries: SharedArrayBuffer;
  readonly threads: number;
  readonly port: MessagePort;
}
