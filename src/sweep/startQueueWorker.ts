// `ouro worker`: pulls cells from the BullMQ queue and runs them on this machine's worker threads.
import { Worker } from "bullmq";
import { packageVersion } from "../store/packageVersion.js";
import { cellHash } from "./cellHash.js";
import { CELL_QUEUE, type CellJobData } from "./cellJob.js";
import type { CellResult } from "./cellTypes.js";
import { parseQueueUrl } from "./parseQueueUrl.js";
import { poolBackend } from "./poolBackend.js";
import { probeRedis } from "./probeRedis.js";

export interface QueueWorkerOptions {
  /** Worker threads, and so cells run at once. */
  readonly threads: number;
  /**
   * A job whose worker has not renewed its lock for this long is taken to have died and is run again elsewhere
   * (BullMQ lockDuration; also the stalled-check interval). Default 30.
   */
  readonly lockSeconds?: number;
  readonly onStart?: (event: { readonly hash: string }) => void;
  readonly onCell?: (event: { readonly hash: string; readonly seconds: number }) => void;
  readonly onError?: (error: Error) => void;
}

export interface QueueWorker {
  /** Finishes the cells in progress, then stops. */
  close(): Promise<void>;
}

/** Starts a worker on the Redis at `url`; an unreachable server throws InputError within seconds. */
export async function startQueueWorker(url: string, options: QueueWorkerOptions): Promise<QueueWorker> {
  const address = parseQueueUrl(url);
  await probeRedis(address);
  const pool = poolBackend(options.threads);
  const lockMs = Math.round((options.lockSeconds ?? 30) * 1000);
  const version = packageVersion();
  const worker = new Worker<CellJobData, CellResult>(
    CELL_QUEUE,
    async (job) => {
      const { task, hash } = job.data;
      if (cellHash(task, version) !== hash) {
        throw new Error(
          job.data.version === version
            ? `cell ${hash} does not match its task`
            : `this worker runs ouroboros ${version}; the cell was planned by ${job.data.version}`,
        );
      }
      options.onStart?.({ hash });
      const start = performance.now();
      const result = await pool.runTask(task);
      options.onCell?.({ hash, seconds: (performance.now() - start) / 1000 });
      return result;
    },
    {
      connection: { host: address.host, port: address.port, maxRetriesPerRequest: null },
      concurrency: options.threads,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 5,
    },
  );
  worker.on("error", (error) => options.onError?.(error));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await pool.close();
    },
  };
}
