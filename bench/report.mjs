// Benchmark of `ouro report` (docs/performance.md, "Reports and dashboard"): a 200-generation run of
// examples/categorical-fresh-alpha.yaml, the whole command timed as a user runs it, and writeReport in-process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { runGenerations } from "../dist/loop/run.js";
import { loadReportRuns, writeReport } from "../dist/report/index.js";
import { loadSpecFile } from "../dist/spec/load.js";
import { recordRun } from "../dist/store/recordRun.js";
import { RunStore } from "../dist/store/runStore.js";

const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(os.tmpdir(), "ouro-bench-report-"));
const db = join(dir, "ouro.db");
const store = RunStore.open(db);
const spec = loadSpecFile(join(root, "examples/categorical-fresh-alpha.yaml"));
const run = recordRun(spec, runGenerations, () => store);
console.log(`machine: ${os.cpus()[0]?.model} x${os.cpus().length}, node ${process.version}`);
console.log(`run ${run}: ${spec.generations} generations, ${spec.replicates} replicates`);
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  execFileSync(process.execPath, [
    join(root, "bin/ouro.js"),
    "report",
    run,
    "--db",
    db,
    "--out",
    join(dir, `cli-${i}`),
  ]);
  console.log(`ouro report (whole process): ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
for (let i = 0; i < 3; i++) {
  const written = await writeReport(join(dir, `lib-${i}`), {
    title: "bench",
    runs: loadReportRuns(store, [run]),
  });
  console.log(`writeReport in-process: ${written.seconds.toFixed(2)} s, ${written.figures.length} figures`);
}
store.close();
rmSync(dir, { recursive: true, force: true });
