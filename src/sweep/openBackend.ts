// Chooses the backend of a sweep: in-thread (1 worker), a worker-thread pool, or the BullMQ queue.
import { availableParallelism } from "node:os";
import type { CellBackend } from "./cellBackend.js";
import { inThreadBackend } from "./inThreadBackend.js";
import { poolBackend } from "./poolBackend.js";
import { queueBackend } from "./queueBackend.js";
import { type QueueWorker, startQueueWorker } from "./startQueueWorker.js";

export interface BackendChoice {
  /** Local threads (default: every core); 1 runs in the calling thread. With a queue: threads of a worker in this process (default 0). */
  readonly workers?: number | undefined;
  readonly queue?: string | undefined;
  readonly lockSeconds?: number | undefined;
  /** With a queue: called when cells are queued and no worker is connected yet. */
  readonly onWaiting?: (() => void) | undefined;
}

/** Opens the backend; a queue that does not answer throws InputError before any work. */
export async function openBackend(choice: BackendChoice): Promise<CellBackend> {
  if (choice.queue === undefined) {
    const threads = choice.workers ?? availableParallelism();
    return threads <= 1 ? inThreadBackend() : poolBackend(threads);
  }
  const coordinator = await queueBackend(choice.queue, { onWaiting: choice.onWaiting });
  const threads = choice.workers ?? 0;
  let local: QueueWorker | undefined;
  if (threads > 0) {
    local = await startQueueWorker(choice.queue, {
      threads,
      ...(choice.lockSeconds === undefined ? {} : { lockSeconds: choice.lockSeconds }),
    });
  }
  return {
    description: `${coordinator.description}${threads > 0 ? ` (and ${threads} local threads)` : ""}`,
    run: (cells, handlers) => coordinator.run(cells, handlers),
    async close() {
      await local?.close();
      await coordinator.close();
    },
  };
}
