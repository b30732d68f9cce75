// Benchmark of the dashboard's first paint with 1,000 stored runs (docs/performance.md, "Reports and dashboard"):
// `ouro serve` as a child process, Debian chromium through playwright-core, a fresh browser context per trial.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { runGenerations } from "../dist/loop/run.js";
import { normaliseSpec } from "../dist/spec/normaliseSpec.js";
import { recordRun } from "../dist/store/recordRun.js";
import { RunStore } from "../dist/store/runStore.js";

const RUNS = Number(process.env.RUNS ?? 1000);
const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(os.tmpdir(), "ouro-bench-dashboard-"));
const db = join(dir, "ouro.db");
const store = RunStore.open(db);
const fill = performance.now();
for (let i = 0; i < RUNS; i++) {
  const spec = normaliseSpec({
    name: `bench-${i}`,
    seed: i,
    replicates: 2,
    generations: 3,
    truth: { family: "categorical", probs: [0.5, 0.5] },
    data: { n: 10 },
  });
  recordRun(spec, runGenerations, () => store);
}
store.close();
console.log(`machine: ${os.cpus()[0]?.model} x${os.cpus().length}, node ${process.version}`);
console.log(`${RUNS} runs stored in ${((performance.now() - fill) / 1000).toFixed(1)} s`);

const child = spawn(process.execPath, [join(root, "bin/ouro.js"), "serve", "--db", db, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    const m = /dashboard: (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
});
const browser = await chromium.launch({
  executablePath: process.env.OURO_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
for (let trial = 0; trial < 5; trial++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(url);
  await page.locator("table.runs[data-ready]").waitFor();
  const wall = performance.now() - start;
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    rendered: performance.getEntriesByName("runs-rendered")[0]?.startTime ?? null,
    rows: document.querySelectorAll("table.runs tbody tr").length,
  }));
  console.log(
    `trial ${trial}: first contentful paint ${t.fcp?.toFixed(0)} ms, ${t.rows} rows rendered at ${t.rendered?.toFixed(0)} ms after navigation start, goto-to-table ${wall.toFixed(0)} ms`,
  );
  await context.close();
}
await browser.close();
child.kill("SIGTERM");
rmSync(dir, { recursive: true, force: true });
