// The worker thread that runs a spec launched from the dashboard into the store, off the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { runGenerations } from "../loop/run.js";
import { RunFailedError, recordRun } from "../store/recordRun.js";
import { RunStore } from "../store/runStore.js";
import type { LaunchMessage, LaunchRequest } from "./launchMessages.js";

const request = workerData as LaunchRequest;
const post = (message: LaunchMessage): void => parentPort?.postMessage(message);
let store: RunStore | undefined;
let lastPost = 0;
try {
  const run = recordRun(
    request.spec,
    runGenerations,
    () => {
      store ??= RunStore.open(request.db);
      return store;
    },
    {
      onGeneration: (p) => {
        const now = performance.now();
        // At most 20 messages a second, and always the first and the last generation.
        if (p.t === 0 || p.t === p.generations || now - lastPost >= 50) {
          lastPost = now;
          post({ type: "progress", run: p.run, t: p.t, generations: p.generations });
        }
      },
    },
  );
  post({ type: "done", run });
} catch (error) {
  post({
    type: "failed",
    run: error instanceof RunFailedError ? error.run : null,
    message: error instanceof Error ? error.message : String(error),
  });
} finally {
  store?.close();
}
