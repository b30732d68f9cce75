// Runs launched from the dashboard: one worker thread each (compiled JS from dist/), their state, and listeners for SSE.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExperimentSpec } from "../spec/types.js";
import type { RunStore } from "../store/runStore.js";
import type { LaunchMessage, LaunchRequest } from "./launchMessages.js";

export type JobStatus = "running" | "done" | "failed" | "cancelled";

export interface JobState {
  readonly job: string;
  readonly name: string;
  readonly status: JobStatus;
  /** The run id once t = 0 is stored. */
  readonly run: string | null;
  readonly t: number;
  readonly generations: number;
  readonly error: string | null;
  readonly started_at: string;
}

type Listener = (state: JobState) => void;

interface Job {
  state: JobState;
  worker: Worker | null;
  readonly listeners: Set<Listener>;
}

/** The compiled worker: dist/web/launchWorker.js (this file sits two levels below the root in src/ and dist/). */
export function defaultWorkerPath(): string {
  return fileURLToPath(new URL("../../dist/web/launchWorker.js", import.meta.url));
}

export class TooManyJobsError extends Error {}
export class WorkerMissingError extends Error {}

export class JobRegistry {
  readonly #jobs = new Map<string, Job>();
  readonly #store: RunStore;
  readonly #workerPath: string;
  readonly #maxRunning: number;
  readonly #keep = 100;

  constructor(store: RunStore, options: { workerPath?: string; maxRunning?: number } = {}) {
    this.#store = store;
    this.#workerPath = options.workerPath ?? defaultWorkerPath();
    this.#maxRunning = options.maxRunning ?? 2;
  }

  list(): JobState[] {
    return [...this.#jobs.values()].map((j) => j.state).reverse();
  }

  get(id: string): JobState | undefined {
    return this.#jobs.get(id)?.state;
  }

  /** Starts a worker for an already validated spec. */
  start(spec: ExperimentSpec): JobState {
    if (this.list().filter((j) => j.status === "running").length >= this.#maxRunning) {
      throw new TooManyJobsError(`${this.#maxRunning} runs are running already; wait for one to finish`);
    }
    if (!existsSync(this.#workerPath)) {
      throw new WorkerMissingError(
        `the dashboard's worker is not built (${this.#workerPath}); run npm run build`,
      );
    }
    const id = randomUUID();
    const request: LaunchRequest = { spec, db: this.#store.path };
    const worker = new Worker(this.#workerPath, { workerData: request });
    const job: Job = {
      state: {
        job: id,
        name: spec.name,
        status: "running",
        run: null,
        t: -1,
        generations: spec.generations,
        error: null,
        started_at: new Date().toISOString(),
      },
      worker,
      listeners: new Set(),
    };
    this.#jobs.set(id, job);
    this.#prune();
    worker.on("message", (m: LaunchMessage) => {
      if (m.type === "progress") this.#update(job, { run: m.run, t: m.t, generations: m.generations });
      else if (m.type === "done") this.#update(job, { run: m.run, status: "done", t: job.state.generations });
      else this.#update(job, { run: m.run, status: "failed", error: m.message });
    });
    worker.on("error", (error) => this.#update(job, { status: "failed", error: error.message }));
    worker.on("exit", () => {
      job.worker = null;
      if (job.state.status === "running")
        this.#update(job, { status: "failed", error: "the run's worker stopped" });
    });
    return job.state;
  }

  /** Stops a running job; its run is marked failed in the store (this process owns it). */
  async cancel(id: string, reason = "cancelled from the dashboard"): Promise<JobState | undefined> {
    const job = this.#jobs.get(id);
    if (job === undefined) return undefined;
    if (job.state.status === "running" && job.worker !== null) {
      this.#update(job, { status: "cancelled", error: reason });
      await job.worker.terminate();
      if (job.state.run !== null) this.#store.failRun(job.state.run, reason);
    }
    return job.state;
  }

  /** Calls `listener` with every change until the job ends; returns the unsubscribe function. */
  subscribe(id: string, listener: Listener): () => void {
    const job = this.#jobs.get(id);
    if (job === undefined) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  async close(): Promise<void> {
    for (const id of this.#jobs.keys()) await this.cancel(id, "the dashboard stopped");
  }

  #update(job: Job, change: Partial<JobState>): void {
    if (job.state.status !== "running" && change.status === undefined) return;
    if (job.state.status !== "running" && job.state.status !== change.status) return;
    job.state = { ...job.state, ...change };
    for (const listener of job.listeners) listener(job.state);
  }

  #prune(): void {
    for (const [id, job] of this.#jobs) {
      if (this.#jobs.size <= this.#keep) break;
      if (job.state.status !== "running") this.#jobs.delete(id);
    }
  }
}
