// What `ouro run` and `ouro resume` print on stdout: the run's document with --json, else its final metrics.
import type { RunStore } from "../store/runStore.js";
import type { CliIo } from "./context.js";
import { metricTable } from "./metricTable.js";
import { printJson } from "./printJson.js";

export function printRun(io: CliIo, store: RunStore, run: string, json: boolean): void {
  const document = store.document(run);
  if (json) {
    printJson(io, document);
    return;
  }
  const summary = store.run(run);
  const last = document.generations.at(-1);
  io.stdout(
    `run ${run} (${summary.name}): ${summary.status}, generation ${summary.generations_done} of ${summary.generations}\n`,
  );
  if (last !== undefined) io.stdout(metricTable(last));
}
