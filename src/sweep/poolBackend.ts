// The local backend: a tinypool of worker threads over this machine's cores, each loading dist/sweep/cellWorker.js.
import { Tinypool } from "tinypool";
import { type CellBackend, errorMessage } from "./cellBackend.js";
import type { CellResult, CellTask } from "./cellTypes.js";
import { cellWorkerFile } from "./cellWorkerFile.js";

/** A pool of `threads` worker threads; run() queues every cell at once and the pool keeps each thread busy. */
export function poolBackend(threads: number): CellBackend & { runTask(task: CellTask): Promise<CellResult> } {
  const pool = new Tinypool({ filename: cellWorkerFile(), minThreads: threads, maxThreads: threads });
  const runTask = (task: CellTask) => pool.run(task) as Promise<CellResult>;
  return {
    description: `${threads} worker thread${threads === 1 ? "" : "s"}`,
    runTask,
    async run(cells, handlers) {
      await Promise.all(
        cells.map((cell) =>
          runTask(cell.task).then(
            (result) => handlers.result(cell, result),
            (error: unknown) => handlers.failure(cell, errorMessage(error)),
          ),
        ),
      );
    },
    async close() {
      await pool.destroy();
    },
  };
}
