// A worker thread that owns one replicate shard and follows the main thread's commands (see shardProtocol.ts).
import { workerData } from "node:worker_threads";
import type { ExperimentSpec } from "../../spec/types.js";
import { bindFamily } from "../bindFamily.js";
import { createReplicateShard, type ReplicateShard, type ReplicateState } from "../replicateShard.js";
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

const data = workerData as ShardWorkerData;
const control = new Int32Array(data.control);
const values = new Float64Array(data.values);
const base = data.index * SLOTS;
const summaries = new Float64Array(data.summaries);
const scratch = new Float64Array(data.replicates);

function copyValues(shard: ReplicateShard): void {
  for (let m = 0; m < data.metrics; m++) {
    values.set(shard.values.subarray(m * data.size, (m + 1) * data.size), m * data.replicates + data.first);
  }
}

function finish(status: Status): void {
  Atomics.store(control, base + STATUS, status);
  Atomics.notify(control, base + STATUS);
}

let shard: ReplicateShard | null = null;
try {
  const spec = data.spec as ExperimentSpec;
  shard = createReplicateShard(
    spec,
    bindFamily(spec),
    data.first,
    data.size,
    data.restored as ReplicateState[] | null,
    {
      kernels: data.kernels,
    },
  );
  Atomics.store(control, base + READY, 1);
} catch (error) {
  data.port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  Atomics.store(control, base + READY, -1);
}
Atomics.notify(control, base + READY);

while (shard) {
  Atomics.wait(control, base + COMMAND, Command.Idle);
  const command = Atomics.exchange(control, base + COMMAND, Command.Idle);
  if (command === Command.Exit) break;
  try {
    if (command === Command.Step) {
      shard.step(Atomics.load(control, base + ARGUMENT));
      copyValues(shard);
    } else if (command === Command.Measure) {
      shard.measureCurrent();
      copyValues(shard);
    } else if (command === Command.Summarise) {
      summariseShare(data.index, data.threads, data.metrics, data.replicates, values, scratch, summaries);
    } else if (command === Command.Encode) {
      data.port.postMessage({ states: shard.encode() });
    }
    finish(Status.Done);
  } catch (error) {
    data.port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    finish(Status.Failed);
  }
}
data.port.close();
