// Cost of the per-generation summary (mean, SE, exact 5/50/95% quantiles) of one metric over 10^5 replicates, on the
// compiled build: `npm run build && node bench/summary.mjs`. Six metric shapes, as in the Gaussian benchmark loop.
import { Rng } from "../dist/core/rng.js";
import { summaryNumbers } from "../dist/loop/summarise.js";

const n = 100_000;
const rng = Rng.fromSeed(3);
const shapes = [
  (z) => z,
  (z) => Math.exp(z),
  (z) => z * z,
  (z) => z,
  (z) => Math.exp(0.5 * z),
  (z) => z * z * z,
];
const values = new Float64Array(shapes.length * n);
for (let m = 0; m < shapes.length; m++)
  for (let i = 0; i < n; i++) values[m * n + i] = shapes[m](rng.normal());
const scratch = new Float64Array(n);
const out = new Float64Array(6 * shapes.length);
const rounds = [];
for (let round = 0; round < 8; round++) {
  const start = performance.now();
  for (let k = 0; k < 100; k++)
    for (let m = 0; m < shapes.length; m++)
      summaryNumbers(values.subarray(m * n, (m + 1) * n), scratch, out, 6 * m);
  rounds.push((performance.now() - start) / (100 * shapes.length));
}
const sorted = [...rounds].sort((a, b) => a - b);
console.log(
  `summary of 1e5 values: ${sorted[0].toFixed(3)}-${sorted.at(-1).toFixed(3)} ms per metric (median ${sorted[4].toFixed(3)}), 8 rounds of 600`,
);
