// Benchmark of the sweep backends (docs/performance.md "Sweeps"): a CPU-bound sweep on 1 worker and on W threads, each
// run in a fresh process (cold JIT alike), alternating; best of each, the paired ratios, wall and CPU time.
// Two sweeps: "gaussian" (loop cells, several MB of state each) and "ctm" (CTM work units of the (5,2) space: little
// memory, pure compute). Needs `npm run build`. Usage: node bench/sweep-speedup.mjs [W] [repeats] [gaussian|ctm]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// 24 cells of about 0.8 CPU-seconds each (Gaussian MLE, 50 000 replicates, 40 generations): CPU-bound, store writes
// negligible, and long enough (about 19 CPU-seconds) that each thread's start-up (module load and JIT, ~0.4 s) is small.
const SWEEP = {
  name: "bench-sweep",
  base: {
    name: "g",
    replicates: 50000,
    generations: 40,
    truth: { family: "gaussian", mean: 0, sd: 1 },
    data: { n: 50 },
  },
  axes: { "data.alpha": [0, 0.1, 0.2, 0.3, 0.4, 0.5] },
  seeds: [1, 2, 3, 4],
};

// 40 of the 1,041 work units of the (5,2) enumeration (every 26th; about 0.5 CPU-s each, 21 CPU-s in all).
const CTM_SWEEP = { name: "bench-ctm", ctm: { states: 5, symbols: 2 } };
const CTM_STRIDE = 26;

if (process.argv[2] === "--child") {
  const { planSweep } = await import("../dist/sweep/planSweep.js");
  const { runSweep } = await import("../dist/sweep/runSweep.js");
  const ctm = process.argv[5] === "ctm";
  const full = planSweep(ctm ? CTM_SWEEP : SWEEP, ".");
  const cells = full.cells.filter((_, i) => i % CTM_STRIDE === 0).map((cell, index) => ({ ...cell, index }));
  const plan = ctm ? { ...full, cells } : full;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await runSweep(plan, { db: process.argv[4], workers: Number(process.argv[3]) });
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1e6, cells: plan.cells.length }));
  process.exit(0);
}

const threads = Number(process.argv[2] ?? 2);
const repeats = Number(process.argv[3] ?? 3);
const which = process.argv[4] ?? "gaussian";
if (which !== "gaussian" && which !== "ctm") throw new Error(`sweep must be gaussian or ctm; got ${which}`);
const dir = mkdtempSync(join(os.tmpdir(), "ouro-bench-sweep-"));
const self = fileURLToPath(import.meta.url);
let count = 0;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function timed(workers) {
  const out = execFileSync(
    process.execPath,
    [self, "--child", String(workers), join(dir, `b${count++}.db`), which],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1));
}

console.log(
  `# sweep-speedup ${which} ${new Date().toISOString()} node ${process.version} ${os.cpus()[0]?.model} x${os.cpus().length}; load average ${load()}`,
);
const best = { 1: null, [threads]: null };
const walls = { 1: [], [threads]: [] };
for (let r = 0; r < repeats; r++) {
  for (const workers of [1, threads]) {
    const t = timed(workers);
    walls[workers].push(t.wall);
    console.log(
      `run ${r + 1}, ${workers} worker(s), ${t.cells} cells: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU`,
    );
    if (best[workers] === null || t.wall < best[workers].wall) best[workers] = t;
  }
}
console.log(
  `best: 1 worker ${best[1].wall.toFixed(2)} s (CPU ${best[1].cpu.toFixed(2)} s); ${threads} threads ` +
    `${best[threads].wall.toFixed(2)} s (CPU ${best[threads].cpu.toFixed(2)} s); ` +
    `speed-up ${(best[1].wall / best[threads].wall).toFixed(2)}x; load average after ${load()}`,
);
const ratios = walls[1].map((w, i) => w / walls[threads][i]).sort((a, b) => a - b);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `paired ratios ${ratios.map((r) => r.toFixed(2)).join(" ")}; median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}x; ` +
    `mean 1 worker / mean ${threads} threads ${(mean(walls[1]) / mean(walls[threads])).toFixed(2)}x`,
);
rmSync(dir, { recursive: true, force: true });
