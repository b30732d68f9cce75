// Synthesis searches from the dashboard: one worker thread each (compiled JS from dist/), a few at a time, each
// stopped when it runs past a wall-clock limit, so no request blocks the server or hangs.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError } from "../core/errors.js";
import { WorkerMissingError } from "./jobRegistry.js";
import type { SynthesisMessage } from "./synthesisMessages.js";
import type { SynthesisAnswer, SynthesisRequest } from "./synthesisRequests.js";

/** The compiled worker: dist/web/synthesisWorker.js. */
export function defaultSynthesisWorkerPath(): string {
  return fileURLToPath(new URL("../../dist/web/synthesisWorker.js", import.meta.url));
}

export class SynthesisBusyError extends Error {}
export class SynthesisTimeoutError extends Error {}

export interface SynthesisRunnerOptions {
  readonly workerPath?: string;
  /** Searches running at once; one more is refused (429). */
  readonly maxRunning?: number;
  /** Wall-clock limit of one search, ms; past it the worker is stopped (503). */
  readonly timeoutMs?: number;
}

export class SynthesisRunner {
  readonly #workerPath: string;
  readonly #maxRunning: number;
  readonly timeoutMs: number;
  readonly #running = new Set<Worker>();

  constructor(options: SynthesisRunnerOptions = {}) {
    this.#workerPath = options.workerPath ?? defaultSynthesisWorkerPath();
    this.#maxRunning = options.maxRunning ?? 2;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Runs an already checked request in a worker; rejects with InputError, busy, timeout or missing worker. */
  run(request: SynthesisRequest): Promise<SynthesisAnswer> {
    if (this.#running.size >= this.#maxRunning)
      return Promise.reject(
        new SynthesisBusyError(
          `${this.#maxRunning} searches are running already; try again in a few seconds`,
        ),
      );
    if (!existsSync(this.#workerPath))
      return Promise.reject(
        new WorkerMissingError(
          `the dashboard's synthesis worker is not built (${this.#workerPath}); run npm run build`,
        ),
      );
    const worker = new Worker(this.#workerPath, { workerData: request });
    this.#running.add(worker);
    return new Promise<SynthesisAnswer>((resolve, reject) => {
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#running.delete(worker);
        void worker.terminate();
        f();
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new SynthesisTimeoutError(
                `the search ran past the dashboard's limit of ${this.timeoutMs / 1000} s and was stopped; try a shorter input`,
              ),
            ),
          ),
        this.timeoutMs,
      );
      worker.on("message", (m: SynthesisMessage) =>
        finish(() => {
          if (m.type === "done") resolve(m.answer);
          else if (m.type === "input") reject(new InputError(m.issues, m.message.split(": ")[0]));
          else reject(new Error(m.message));
        }),
      );
      worker.on("error", (error) => finish(() => reject(error)));
      worker.on("exit", () =>
        finish(() => reject(new Error("the synthesis worker stopped without an answer"))),
      );
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.#running].map((w) => w.terminate()));
    this.#running.clear();
  }
}
