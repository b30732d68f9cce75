// Tree enumeration over worker_threads with per-unit checkpoints (docs/ctm.md "Workers" and "Checkpoints").
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { inputError } from "../../core/errors.js";
import { mergeTreeCounts } from "./completeCounts.js";
import type { CtmCounts } from "./ctmCounts.js";
import { finishCounts } from "./enumerateTree.js";
import { listWorkUnits, runWorkUnit } from "./listWorkUnits.js";
import { deserializeTreeCounts, serializeTreeCounts, type TreeCountsData } from "./serializeTreeCounts.js";
import type { TmSpace } from "./tmSpace.js";
import { emptyTreeCounts, type TreeCounts } from "./treeKernel.js";

export interface ParallelOptions {
  /** Worker threads; 0 or 1 runs in this thread. */
  readonly workers?: number;
  readonly depth?: number;
  /** JSON file of finished units and their merged counts; read on start (resume) and rewritten as units finish. */
  readonly checkpoint?: string;
  readonly checkpointEverySeconds?: number;
  readonly onProgress?: (done: number, total: number, nodes: number) => void;
}

export interface ParallelCounts extends CtmCounts {
  /** Threads that ran units (1 = in-thread). */
  readonly workers: number;
  /** Units taken from the checkpoint instead of being enumerated now. */
  readonly resumedUnits: number;
  readonly units: number;
}

interface Checkpoint {
  readonly format: "ouro-ctm-checkpoint/1";
  readonly space: TmSpace;
  readonly depth: number;
  readonly units: number;
  readonly done: number[];
  readonly counts: TreeCountsData;
}

interface UnitReply {
  readonly index: number;
  readonly counts: TreeCountsData;
}

/**
 * The compiled worker file. Workers always run compiled JavaScript: next to this module when it is itself
 * compiled (dist/), otherwise (running from src/*.ts under vitest or tsx) the dist/ build, which `npm test` and
 * `npm run build` produce. Undefined when neither exists; the caller then runs in-thread.
 */
export function treeWorkerFile(): URL | undefined {
  const candidates = import.meta.url.endsWith(".js")
    ? [new URL("./treeWorker.js", import.meta.url)]
    : [new URL("../../../dist/complexity/tm/treeWorker.js", import.meta.url)];
  return candidates.find((url) => existsSync(fileURLToPath(url)));
}

function sameSpace(a: TmSpace, b: TmSpace): boolean {
  return a.states === b.states && a.symbols === b.symbols && a.maxSteps === b.maxSteps;
}

function readCheckpoint(path: string, space: TmSpace, depth: number, units: number): Checkpoint | undefined {
  if (!existsSync(path)) return undefined;
  let data: Checkpoint;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as Checkpoint;
  } catch {
    throw inputError(
      "checkpoint",
      path,
      "a checkpoint JSON file written by ouro ctm build",
      "corrupt checkpoint",
    );
  }
  if (data.format !== "ouro-ctm-checkpoint/1" || !sameSpace(data.space, space) || data.depth !== depth) {
    throw inputError("checkpoint", path, `a checkpoint of the same space and split depth ${depth}`);
  }
  if (data.units !== units) throw inputError("checkpoint", path, `a checkpoint with ${units} units`);
  return data;
}

function writeCheckpoint(path: string, checkpoint: Checkpoint): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(checkpoint));
  renameSync(tmp, path);
}

/** Enumerates a space over worker threads, merging exactly; resumable from a checkpoint file. */
export async function enumerateParallel(
  space: TmSpace,
  options: ParallelOptions = {},
): Promise<ParallelCounts> {
  const start = performance.now();
  const plan = listWorkUnits(space, options.depth);
  const checkpoint =
    options.checkpoint === undefined
      ? undefined
      : readCheckpoint(options.checkpoint, space, plan.depth, plan.units.length);
  const done = new Set<number>(checkpoint?.done ?? []);
  const unitTotal: TreeCounts =
    checkpoint === undefined ? emptyTreeCounts() : deserializeTreeCounts(checkpoint.counts);
  const resumedUnits = done.size;
  const pending = plan.units.map((_, i) => i).filter((i) => !done.has(i));
  let lastWrite = performance.now();
  const every = (options.checkpointEverySeconds ?? 10) * 1000;
  const save = (force: boolean): void => {
    if (options.checkpoint === undefined) return;
    if (!force && performance.now() - lastWrite < every) return;
    lastWrite = performance.now();
    writeCheckpoint(options.checkpoint, {
      format: "ouro-ctm-checkpoint/1",
      space,
      depth: plan.depth,
      units: plan.units.length,
      done: [...done].sort((a, b) => a - b),
      counts: serializeTreeCounts(unitTotal),
    });
  };
  const finishUnit = (index: number, counts: TreeCounts): void => {
    mergeTreeCounts(unitTotal, counts);
    done.add(index);
    options.onProgress?.(done.size, plan.units.length, unitTotal.nodes);
    save(false);
  };

  const file = treeWorkerFile();
  const threads = Math.min(Math.max(options.workers ?? 1, 1), Math.max(pending.length, 1));
  if (threads <= 1 || file === undefined) {
    for (const index of pending) finishUnit(index, runWorkUnit(space, plan.units[index]!));
  } else {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      const workers: Worker[] = [];
      const fail = (error: unknown): void => {
        for (const w of workers) void w.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const feed = (worker: Worker): void => {
        if (next >= pending.length) {
          void worker.terminate();
          if (--running === 0) resolve();
          return;
        }
        const index = pending[next++]!;
        worker.postMessage({ space, index, prefix: plan.units[index] });
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(file);
        workers.push(worker);
        running++;
        worker.on("message", (reply: UnitReply) => {
          finishUnit(reply.index, deserializeTreeCounts(reply.counts));
          feed(worker);
        });
        worker.on("error", fail);
        feed(worker);
      }
    });
  }
  save(true);
  const total = plan.trunk;
  mergeTreeCounts(total, unitTotal);
  const result = finishCounts(space, total, (performance.now() - start) / 1000);
  return {
    ...result,
    workers: file === undefined ? 1 : threads,
    resumedUnits,
    units: plan.units.length,
  };
}
