// Splits a run's replicates into contiguous shards on worker threads; the main thread keeps the first shard.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { FamilyInstance } from "../../families/family.js";
import type { ExperimentSpec } from "../../spec/types.js";
import {
  createReplicateShard,
  type ReplicateShard,
  type ReplicateState,
  type ShardOptions,
} from "../replicateShard.js";
import { SUMMARY_WIDTH } from "../summarise.js";
import {
  ARGUMENT,
  COMMAND,
  Command,
  READY,
  type ShardWorkerData,
  SLOTS,
  STATUS,
  Status,
} from "./shardProtocol.js";
import { summariseShare } from "./summariseShare.js";

/** A shard over all replicates that runs its parts in parallel; close() ends the workers. */
export interface ShardPool extends ReplicateShard {
  readonly threads: number;
  /** Summary numbers of every metric of the current values (SUMMARY_WIDTH per metric), computed in parallel. */
  summarise(): Float64Array;
  close(): void;
}

/** How long the main thread waits for a worker to load before giving up (ms). */
const READY_TIMEOUT_MS = 120_000;

/** The compiled worker: beside this file in dist/, or dist/'s copy when running from TypeScript sources. */
export function shardWorkerFile(): string | null {
  const here = import.meta.url;
  const url = here.endsWith(".ts")
    ? new URL("../../../dist/loop/parallel/shardWorker.js", here)
    : new URL("./shardWorker.js", here);
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/** The contiguous split of R replicates into at most `threads` shards, as equal as possible. */
export function splitReplicates(replicates: number, threads: number): { first: number; size: number }[] {
  const parts = Math.max(1, Math.min(threads, replicates));
  const base = Math.floor(replicates / parts);
  const extra = replicates % parts;
  const out: { first: number; size: number }[] = [];
  let first = 0;
  for (let i = 0; i < parts; i++) {
    const size = base + (i < extra ? 1 : 0);
    out.push({ first, size });
    first += size;
  }
  return out;
}

interface RemoteShard {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly first: number;
  readonly size: number;
  readonly index: number;
}

/**
 * A pool of `threads` shards (the first on this thread). Results equal a single shard's exactly: each replicate
 * keeps its own stream, and metric values land at the same positions. Falls back to one thread when the
 * compiled worker is missing.
 */
export function createShardPool(
  spec: ExperimentSpec,
  family: FamilyInstance<unknown, unknown>,
  restored: readonly ReplicateState[] | null,
  threads: number,
  options: ShardOptions = {},
): ShardPool {
  const R = spec.replicates;
  const M = family.metricNames.length;
  const file = shardWorkerFile();
  const parts = splitReplicates(R, file ? threads : 1);
  const valuesBuffer = new SharedArrayBuffer(8 * M * R);
  const values = new Float64Array(valuesBuffer);
  const controlBuffer = new SharedArrayBuffer(4 * SLOTS * parts.length);
  const summariesBuffer = new SharedArrayBuffer(8 * SUMMARY_WIDTH * M);
  const summaries = new Float64Array(summariesBuffer);
  const scratch = new Float64Array(R);
  const control = new Int32Array(controlBuffer);
  const head = parts[0]!;
  const local = createReplicateShard(
    spec,
    family,
    head.first,
    head.size,
    restored?.slice(0, head.size) ?? null,
    options,
  );
  const remotes: RemoteShard[] = parts.slice(1).map(({ first, size }, i) => {
    const channel = new MessageChannel();
    const data: ShardWorkerData = {
      spec,
      first,
      size,
      replicates: R,
      metrics: M,
      restored: restored?.slice(first, first + size) ?? null,
      kernels: options.kernels !== false,
      index: i + 1,
      control: controlBuffer,
      values: valuesBuffer,
      summaries: summariesBuffer,
      threads: parts.length,
      port: channel.port2,
    };
    const worker = new Worker(file!, { workerData: data, transferList: [channel.port2] });
    worker.unref();
    return { worker, port: channel.port1, first, size, index: i + 1 };
  });

  function failure(remote: RemoteShard, what: string): Error {
    const message = receiveMessageOnPort(remote.port)?.message as { error?: string } | undefined;
    return new Error(
      `replicate shard ${remote.first}..${remote.first + remote.size - 1} failed to ${what}: ${message?.error ?? "no message"}`,
    );
  }

  function awaitReady(remote: RemoteShard): void {
    const slot = remote.index * SLOTS + READY;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Atomics.load(control, slot) === 0) {
      if (Date.now() > deadline) throw new Error(`replicate shard worker ${remote.index} did not start`);
      Atomics.wait(control, slot, 0, 1000);
    }
    if (Atomics.load(control, slot) < 0) throw failure(remote, "start");
  }

  let started = false;
  function command(kind: Command, argument: number, runLocal: () => void): void {
    if (!started) {
      remotes.forEach(awaitReady);
      started = true;
    }
    for (const remote of remotes) {
      const base = remote.index * SLOTS;
      Atomics.store(control, base + STATUS, Status.Busy);
      Atomics.store(control, base + ARGUMENT, argument);
      Atomics.store(control, base + COMMAND, kind);
      Atomics.notify(control, base + COMMAND);
    }
    runLocal();
    for (const remote of remotes) {
      const slot = remote.index * SLOTS + STATUS;
      while (Atomics.load(control, slot) === Status.Busy) Atomics.wait(control, slot, Status.Busy, 1000);
      if (Atomics.load(control, slot) === Status.Failed) throw failure(remote, "run");
    }
  }

  function copyLocal(): void {
    for (let m = 0; m < M; m++) values.set(local.values.subarray(m * head.size, (m + 1) * head.size), m * R);
  }

  return {
    first: 0,
    size: R,
    values,
    threads: parts.length,
    measureCurrent() {
      command(Command.Measure, 0, () => {
        local.measureCurrent();
        copyLocal();
      });
    },
    step(t) {
      command(Command.Step, t, () => {
        local.step(t);
        copyLocal();
      });
    },
    summarise() {
      command(Command.Summarise, 0, () => summariseShare(0, parts.length, M, R, values, scratch, summaries));
      return summaries;
    },
    encode() {
      const states: ReplicateState[] = [];
      command(Command.Encode, 0, () => states.push(...local.encode()));
      for (const remote of remotes) {
        const message = receiveMessageOnPort(remote.port)?.message as
          | { states?: ReplicateState[] }
          | undefined;
        if (!message?.states) throw new Error(`replicate shard worker ${remote.index} sent no state`);
        states.push(...message.states);
      }
      return states;
    },
    close() {
      for (const remote of remotes) {
        Atomics.store(control, remote.index * SLOTS + COMMAND, Command.Exit);
        Atomics.notify(control, remote.index * SLOTS + COMMAND);
        remote.port.close();
        void remote.worker.terminate();
      }
    },
  };
}
