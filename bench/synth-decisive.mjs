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
  // P(program changes) per generation: the mean over t >= 2 of the share of replicates whose program changed.
  let changed = 0;
  let changedSe2 = 0;
  let counted = 0;
  for (const step of runGenerations(spec)) {
    last = step.record;
    const c = last.metrics.changed;
    if (last.t >= 2 && c && c.mean !== null) {
      changed += c.mean;
      changedSe2 += (c.se ?? 0) ** 2;
      counted++;
    }
    if ([1, 10, 50, generations].includes(last.t))
      at[last.t] = Object.fromEntries(Object.entries(last.metrics).map(([k, v]) => [k, [v.mean, v.se]]));
  }
  const change = counted > 0 ? [changed / counted, Math.sqrt(changedSe2) / counted] : null;
  const row = { ...cell.label, seconds: (performance.now() - t0) / 1000, change, at };
  out.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}
console.log(JSON.stringify(out));
