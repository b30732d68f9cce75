// What the store says about a run: its status and bookkeeping, in the JSON shape of `ouro runs --json` (contract.md, "Store").

export type RunStatus = "running" | "done" | "failed" | "interrupted";

export const RUN_STATUSES: readonly RunStatus[] = ["running", "done", "failed", "interrupted"];

/** One run as `ouro runs --json` lists it (snake_case: these are the contract's JSON names). */
export interface RunSummary {
  /** The run id. */
  readonly run: string;
  readonly name: string;
  readonly status: RunStatus;
  /** Fits completed and stored: the largest stored t (0 when only P* itself is stored). */
  readonly generations_done: number;
  /** Fits the spec asks for (T). */
  readonly generations: number;
  readonly seed: number;
  /** The sweep this run belongs to, or null. */
  readonly sweep: string | null;
  /** The process that runs (or last ran) it, and its machine. */
  readonly pid: number | null;
  readonly host: string | null;
  /** The ouroboros version that created it. */
  readonly version: string;
  /** Why it failed, when status is failed. */
  readonly error: string | null;
  /** Compute time of the stored generations, in seconds. */
  readonly seconds: number;
  /** ISO 8601 UTC timestamps. */
  readonly created_at: string;
  readonly updated_at: string;
  readonly finished_at: string | null;
}
