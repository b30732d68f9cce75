// Nguyen-1..12 (../shared/reference/nguyen.tsv): exact recovery rate and time per problem, seeds on a worker_threads pool over dist/.
// Usage: npm run build && node bench/synth-nguyen.mjs [--seeds 10] [--from-seed 1] [--workers 2] [--problems Nguyen-1,Nguyen-7]
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { isMainThread, parentPort, Worker } from "node:worker_threads";

const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : d;
};

if (isMainThread) {
  const rows = readFileSync(new URL("../../shared/reference/nguyen.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .slice(1)
    .map((l) => l.split("\t"))
    .filter(([name]) => /^Nguyen-/.test(name));
  const only = arg("problems", null)?.split(",");
  const seeds = Number(arg("seeds", "10"));
  const workers = Number(arg("workers", String(Math.min(2, cpus().length))));
  const tasks = [];
  // Seed-major order, so a run stopped early has the same number of seeds for every problem.
  const from = Number(arg("from-seed", "1"));
  for (let seed = from; seed < from + seeds; seed++)
    for (const [name, expression, sampling] of rows)
      if (!only || only.includes(name)) tasks.push({ name, expression, sampling, seed });
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise((resolve) => {
          const w = new Worker(new URL(import.meta.url), { workerData: {} });
          const feed = () => {
            if (next < tasks.length) w.postMessage(tasks[next++]);
            else {
              w.terminate();
              resolve();
            }
          };
          w.on("message", (r) => {
            results.push(r);
            process.stderr.write(
              `${r.name} seed ${r.seed}: ${r.exact ? "exact" : "MISS"} ${r.seconds.toFixed(1)}s ${r.expression}\n`,
            );
            feed();
          });
          feed();
        }),
    ),
  );
  const table = [];
  for (const [name] of rows) {
    const rs = results.filter((r) => r.name === name);
    if (rs.length === 0) continue;
    const t = rs.map((r) => r.seconds);
    table.push({
      name,
      exact: rs.filter((r) => r.exact).length,
      seeds: rs.length,
      mean_s: t.reduce((a, b) => a + b, 0) / t.length,
      max_s: Math.max(...t),
    });
  }
  console.log(JSON.stringify({ workers, table }, null, 1));
} else {
  const { regress } = await import("../dist/synthesis/expressions/regress.js");
  const { Rng } = await import("../dist/core/rng.js");
  const { evaluate } = await import("mathjs");
  parentPort.on("message", ({ name, expression, sampling, seed }) => {
    const m = /U\[(-?[\d.]+),(-?[\d.]+),(\d+)\]/.exec(sampling);
    const [a, b, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const e = expression.replace(/\*\*/g, "^");
    const d = e.includes("x2") ? 2 : 1;
    const rng = Rng.fromSeed(seed).fork(name);
    const draw = (k) =>
      Array.from({ length: k }, () => Array.from({ length: d }, () => a + (b - a) * rng.float()));
    const train = draw(n);
    const cols = Array.from({ length: d }, (_, j) => Float64Array.from(train, (r) => r[j]));
    const scope = (r) => Object.fromEntries(r.map((v, j) => [`x${j + 1}`, v]));
    const y = Float64Array.from(train, (r) => evaluate(e, scope(r)));
    const t0 = performance.now();
    const res = regress(cols, y, ["x1", "x2"], { seed });
    const seconds = (performance.now() - t0) / 1000;
    // Exact recovery: difference or ratio to the truth constant (to 3 decimals) on 200 fresh points of the domain.
    const test = draw(200);
    const diff = new Set();
    const ratio = new Set();
    for (const r of test) {
      const f = evaluate(e, scope(r));
      const g = evaluate(res.best.expression, scope(r));
      diff.add((Math.round((g - f) * 1000) / 1000).toFixed(3));
      ratio.add(f === 0 ? "x" : (Math.round((g / f) * 1000) / 1000).toFixed(3));
    }
    const exact = diff.size === 1 || ratio.size === 1;
    parentPort.postMessage({ name, seed, exact, seconds, expression: res.best.expression });
  });
}
