// The distributed backend's coordinator: cells become BullMQ jobs on Redis; results come back through the queue.
import { type Job, Queue } from "bullmq";
import { packageVersion } from "../store/packageVersion.js";
import type { CellBackend } from "./cellBackend.js";
import { CELL_QUEUE, type CellJobData, cellJobId } from "./cellJob.js";
import type { CellResult, SweepCell } from "./cellTypes.js";
import { parseQueueUrl } from "./parseQueueUrl.js";
import { probeRedis } from "./probeRedis.js";

export interface QueueBackendOptions {
  /** How often the coordinator asks for finished jobs (ms); default 200. */
  readonly pollMs?: number;
  /** Called once when cells were queued and no worker is connected to the queue. */
  readonly onWaiting?: (() => void) | undefined;
}

const CHUNK = 500;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Connects to the Redis at `url` (InputError within seconds when it does not answer). Each cell is added once under
 * its content id (adding an id that is already there does nothing, so a restarted coordinator picks up the jobs it
 * left); workers that die mid-cell lose their lock and the job is run again by another (BullMQ stalled jobs).
 */
export async function queueBackend(url: string, options: QueueBackendOptions = {}): Promise<CellBackend> {
  const address = parseQueueUrl(url);
  await probeRedis(address);
  const queue = new Queue<CellJobData, CellResult>(CELL_QUEUE, {
    connection: { host: address.host, port: address.port },
  });
  queue.on("error", () => {});
  await queue.waitUntilReady();
  const pollMs = options.pollMs ?? 200;
  const version = packageVersion();

  const add = async (cells: readonly SweepCell[]): Promise<void> => {
    for (let i = 0; i < cells.length; i += CHUNK) {
      await queue.addBulk(
        cells.slice(i, i + CHUNK).map((cell) => ({
          name: "cell",
          data: { hash: cell.hash, version, task: cell.task },
          opts: { jobId: cellJobId(cell.hash), attempts: 1, removeOnComplete: false, removeOnFail: false },
        })),
      );
    }
  };

  return {
    description: `queue ${url}`,
    async run(cells, handlers) {
      const started = Date.now();
      const outstanding = new Map(cells.map((cell) => [cellJobId(cell.hash), cell]));
      const retried = new Set<string>();
      await add(cells);
      if (cells.length > 0 && (await queue.getWorkersCount()) === 0) options.onWaiting?.();
      while (outstanding.size > 0) {
        const ids = [...outstanding.keys()];
        for (let i = 0; i < ids.length; i += CHUNK) {
          const chunk = ids.slice(i, i + CHUNK);
          const jobs = await Promise.all(chunk.map((id) => queue.getJob(id)));
          for (const [k, id] of chunk.entries()) {
            const cell = outstanding.get(id)!;
            const job: Job<CellJobData, CellResult> | undefined = jobs[k];
            if (job === undefined) {
              // Removed by another coordinator that stored the same cell: run it again for this one.
              await add([cell]);
              continue;
            }
            if (job.finishedOn === undefined) continue;
            const state = await job.getState();
            if (state === "completed") {
              outstanding.delete(id);
              handlers.result(cell, job.returnvalue);
              await job.remove().catch(() => {});
            } else if (state === "failed") {
              // A failure left by an earlier coordinator (say a worker of another version) is tried once more.
              if (job.finishedOn < started && !retried.has(id)) {
                retried.add(id);
                await job.retry("failed");
                continue;
              }
              outstanding.delete(id);
              handlers.failure(cell, job.failedReason);
            }
          }
        }
        if (outstanding.size > 0) await sleep(pollMs);
      }
    },
    async close() {
      await queue.close();
    },
  };
}
