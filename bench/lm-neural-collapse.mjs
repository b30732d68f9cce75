// Experiment of issue 5 (Shumailov et al., Nature 2024): a small character GRU of Moby Dick (examples/lm-neural-collapse.yaml)
// fine-tuned for 10 generations on its own text with 0% real, 10% real, and accumulating all text. Reports ppl_real
// after 10 generations (mean ± SE over replicates), and training / sampling tokens per second.
// Usage: npm run build && nice -n 19 node bench/lm-neural-collapse.mjs [replicates=2] [generations=10] [runs=0,10,acc]
// (runs: a comma list of 0 | 10 | acc, so the three can run as parallel processes; the ordering line needs all three).
import { Rng } from "../dist/core/rng.js";
import { corpusSchema } from "../dist/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../dist/families/lm/corpus/loadCorpus.js";
import { createNeuralLearner } from "../dist/families/lm/neural/neuralLearner.js";
import { runGenerations } from "../dist/loop/run.js";
import { loadSpecFile } from "../dist/spec/load.js";

const R = Number(process.argv[2] ?? 2);
const T = Number(process.argv[3] ?? 10);
const runs = (process.argv[4] ?? "0,10,acc").split(",");
// Throughput on the example's corpus and model size.
const spec0 = loadSpecFile("examples/lm-neural-collapse.yaml");
const { family: _f, ...truth } = spec0.truth;
const corpus = loadCorpus(corpusSchema.parse(truth));
const learner = createNeuralLearner({
  hidden: spec0.model.hidden,
  steps: spec0.model.steps,
  steps0: spec0.model.steps,
  batch: spec0.model.batch,
  learningRate: spec0.model.learning_rate,
  learningRate0: spec0.model.learning_rate0 ?? spec0.model.learning_rate,
  init: "scratch",
  decoding: spec0.model.decoding,
  temperature: 1,
  block: corpus.block,
  vocabulary: corpus.vocab.length,
});
const count = corpus.train.length / corpus.block;
let t = performance.now();
const w = learner.fit({ tokens: corpus.train, count, seed: 1 }, null);
const trainSeconds = (performance.now() - t) / 1000;
const trainTokens = spec0.model.steps * spec0.model.batch * corpus.block;
t = performance.now();
const sampled = learner.generate(Rng.fromSeed(2), w, count, new Uint32Array(0), 0);
const sampleSeconds = (performance.now() - t) / 1000;
console.log(
  `# GRU hidden ${spec0.model.hidden}, V = ${corpus.vocab.length} chars, block ${corpus.block}, ${count} training blocks`,
);
console.log(
  `training: ${(trainTokens / trainSeconds).toFixed(0)} tokens/s (${spec0.model.steps} Adam steps of ${spec0.model.batch} blocks in ${trainSeconds.toFixed(2)} s)`,
);
console.log(
  `sampling: ${(sampled.length / sampleSeconds).toFixed(0)} tokens/s (${sampled.length} tokens in ${sampleSeconds.toFixed(2)} s)`,
);

const t0 = performance.now();
const final = {};
for (const [key, label, sets] of [
  ["0", "0% real (replace, alpha 0)", []],
  ["10", "10% real (replace, alpha 0.1)", ["data.alpha=0.1"]],
  ["acc", "accumulate (alpha 0)", ["data.regime=accumulate"]],
]) {
  if (!runs.includes(key)) continue;
  const spec = loadSpecFile("examples/lm-neural-collapse.yaml", [
    `replicates=${R}`,
    `generations=${T}`,
    ...sets,
  ]);
  let first;
  let last;
  for (const step of runGenerations(spec)) {
    if (step.record.t === 1) first = step.record.metrics;
    last = step.record.metrics;
  }
  final[label] = last.ppl_real.mean;
  console.log(
    `${label}: ppl_real t=1 ${first.ppl_real.mean.toFixed(3)} ± ${first.ppl_real.se.toFixed(3)}, t=${T} ${last.ppl_real.mean.toFixed(3)} ± ${last.ppl_real.se.toFixed(3)}; distinct_2 ${last.distinct_2.mean.toFixed(4)}; vocab_survival ${last.vocab_survival.mean.toFixed(3)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
}
if (runs.length === 3) {
  const [a, b, c] = Object.values(final);
  console.log(`ordering 0% > 10% > accumulate: ${a > b && b > c}`);
}
