// Throughput of the loop (samples drawn and fitted per second) on the compiled build: `npm run build && node bench/loop.mjs`.
// Compare with bench/numpy_loop.py, the same loops vectorised in NumPy, run on the same machine. The loop runs under
// the V8 setting of the `ouro` command (src/cli/v8Tuning.ts) unless --untuned is given.
import { applyV8Tuning } from "../dist/cli/v8Tuning.js";

const untuned = process.argv.includes("--untuned");
if (!untuned) applyV8Tuning();
const { runGenerations } = await import("../dist/loop/run.js");
const { normaliseSpec } = await import("../dist/spec/normaliseSpec.js");

const cases = [
  {
    label: "categorical K=1000, n=1e5, 100 replicates x 100 generations",
    spec: {
      name: "bench-categorical",
      seed: 1,
      replicates: 100,
      generations: 100,
      truth: { family: "categorical", k: 1000 },
      data: { n: 100_000 },
    },
  },
  {
    label: "gaussian sufficient statistics, n=100, 1e5 replicates x 200 generations",
    spec: {
      name: "bench-gaussian",
      seed: 1,
      replicates: 100_000,
      generations: 200,
      truth: { family: "gaussian" },
      data: { n: 100 },
    },
  },
];

// Usage: node bench/loop.mjs [categorical|gaussian] [--threads N] [--untuned]
const args = process.argv.slice(2);
const threadsAt = args.indexOf("--threads");
const threads = threadsAt >= 0 ? Number(args[threadsAt + 1]) : 1;
const only = args.find((a, i) => !a.startsWith("--") && (threadsAt < 0 || i !== threadsAt + 1));
for (const { label, spec } of cases) {
  if (only && !spec.name.includes(only)) continue;
  const normalised = normaliseSpec(spec);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let last;
  for (const step of runGenerations(normalised, undefined, { threads })) last = step.record;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const samples = spec.replicates * spec.generations * spec.data.n;
  console.log(
    `${label}, ${threads} thread(s): ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, ` +
      `${(samples / seconds).toExponential(3)} samples/s (t = ${last.t})`,
  );
}
