// Issue 4's decisive experiment: symbolic learner vs density matchers at alpha = 0 (program family), and the (n, noise) breakdown sweep.
// Usage: npm run build && nice -n 19 node bench/synth-decisive.mjs [--replicates 20] [--generations 100] [--sweep]
import { runGenerations } from "../dist/loop/run.js";
import { decisiveSuite, sweepSuite } from "../dist/paper/synthesisSuite.js";
import { normaliseSpec } from "../dist/spec/normaliseSpec.js";

const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const replicates = Number(arg("replicates", "20"));
const generations = Number(arg("generations", "100"));
const only = arg("only", null);
const suite0 = process.argv.includes("--sweep")
  ? sweepSuite({ replicates, generations })
  : decisiveSuite({ replicates, generations });
const out = [];
const suite = suite0.filter((c) => only === null || c.label.truth === only);
for (const cell of suite) {
  const t0 = performance.now();
  let last;
  const spec = normaliseSpec(cell.spec);
  const at = {};
  for (const step of runGenerations(spec)) {
    last = step.record;
    if ([1, 10, 50, generations].includes(last.t))
      at[last.t] = Object.fromEntries(Object.entries(last.metrics).map(([k, v]) => [k, [v.mean, v.se]]));
  }
  const row = { ...cell.label, seconds: (performance.now() - t0) / 1000, at };
  out.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}
console.log(JSON.stringify(out));
