// worker_threads entry for enumerateParallel: runs the work units it is sent (docs/ctm.md "Workers").
import { parentPort } from "node:worker_threads";
import { runWorkUnit } from "./listWorkUnits.js";
import { serializeTreeCounts } from "./serializeTreeCounts.js";
import type { TmSpace } from "./tmSpace.js";

interface UnitMessage {
  readonly space: TmSpace;
  readonly index: number;
  readonly prefix: readonly number[];
}

parentPort?.on("message", (message: UnitMessage) => {
  const start = performance.now();
  const counts = runWorkUnit(message.space, message.prefix);
  parentPort?.postMessage({
    index: message.index,
    seconds: (performance.now() - start) / 1000,
    counts: serializeTreeCounts(counts),
  });
});
