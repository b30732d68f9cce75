// `ouro worker --queue redis://HOST:PORT [--workers W]`: runs sweep cells from the queue until stopped (contract.md "Scale-out").
import { availableParallelism } from "node:os";
import { inputError } from "../../core/errors.js";
import { startQueueWorker } from "../../sweep/startQueueWorker.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../context.js";
import { countOption, secondsOption } from "./sweep.js";

interface WorkerOptions {
  readonly queue?: string;
  readonly workers?: string;
  readonly lockSeconds?: string;
}

async function work(io: CliIo, options: WorkerOptions): Promise<void> {
  if (options.queue === undefined) throw inputError("--queue", undefined, "redis://HOST:PORT");
  const threads = countOption("--workers", options.workers, 1) ?? availableParallelism();
  const lockSeconds = secondsOption("--lock-seconds", options.lockSeconds);
  const worker = await startQueueWorker(options.queue, {
    threads,
    ...(lockSeconds === undefined ? {} : { lockSeconds }),
    onStart: ({ hash }) => io.stderr(`ouro: cell ${hash.slice(0, 12)} started\n`),
    onCell: ({ hash, seconds }) =>
      io.stderr(`ouro: cell ${hash.slice(0, 12)} done in ${seconds.toFixed(2)}s\n`),
    onError: (error) => io.stderr(`ouro: worker: ${error.message}\n`),
  });
  io.stderr(`ouro: worker ${process.pid} on ${options.queue} with ${threads} thread(s); stop with Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      io.stderr("ouro: worker stopping after the cells in progress\n");
      process.removeListener("SIGINT", stop);
      process.removeListener("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await worker.close();
}

export const workerCommand: CliCommand = {
  register(program, io) {
    program
      .command("worker")
      .description("run sweep cells from a BullMQ queue on Redis until stopped")
      .requiredOption("--queue <url>", "the Redis of the sweep's coordinator (redis://HOST:PORT)")
      .option("--workers <w>", "worker threads (default: every core)")
      .option(
        "--db <path>",
        "accepted like every command's, unused: results go back to the coordinator's store",
      )
      .option(
        "--lock-seconds <s>",
        "seconds without a lock renewal before a cell of a dead worker is retried (default 30)",
      )
      .action((options: WorkerOptions) => work(io, options));
  },
};
