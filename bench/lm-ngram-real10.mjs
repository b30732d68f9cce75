// Issue 5 follow-up (Shumailov et al., Nature 2024): why 10% real text does not keep an n-gram LM's perplexity on real
// text "within a few percent of generation 1". Kneser-Ney word models of Moby Dick (orders 2 and 3, never a zero
// probability, so the eval floor plays no part) under replace alpha 0 / 0.1, accumulate alpha 0.1, and fixed-real
// (the whole real corpus kept, lambda = 1 and 9 times as much generated text); the baseline is the same model fitted
// on 10% of the real blocks alone. MLE bigram with two eval floors shows how much of its perplexity is the floor.
// Usage: npm run build && nice -n 19 node bench/lm-ngram-real10.mjs [replicates=3] [generations=10] [orders=2,3] [only]
import { corpusSchema } from "../dist/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../dist/families/lm/corpus/loadCorpus.js";
import { runGenerations } from "../dist/loop/run.js";
import { normaliseSpec } from "../dist/spec/normaliseSpec.js";

const R = Number(process.argv[2] ?? 3);
const T = Number(process.argv[3] ?? 10);
const orders = (process.argv[4] ?? "2,3").split(",").map(Number);
// An optional fifth argument keeps only the runs whose label contains one of its "|"-separated parts.
const only = process.argv[5] ? process.argv[5].split("|") : null;
const truth = { family: "corpus", name: "moby-dick", tokenizer: "words", block: 64 };
const corpus = loadCorpus(corpusSchema.parse({ name: "moby-dick", tokenizer: "words", block: 64 }));
const n = corpus.train.length / corpus.block;
const tenth = Math.round(0.1 * n);

/** ppl_real and friends per generation (mean, se over the spec's replicates). */
function run(model, data, generations) {
  const spec = normaliseSpec({
    name: "lm-ngram-real10",
    seed: 1,
    replicates: R,
    generations,
    truth,
    model,
    data,
  });
  const rows = [];
  for (const step of runGenerations(spec)) rows.push(step.record.metrics);
  return rows;
}

const f = (x, d = 3) => (x === null || x === undefined ? "NaN" : x.toFixed(d));
const t0 = performance.now();
console.log(
  `# Moby Dick words, ${n} training blocks of 64 (${corpus.train.length} tokens), V = ${corpus.vocab.length}; ${R} replicates, seed 1; ppl(t)/ppl(1) as mean ± SE (ppl(1) is the model of the whole real split, the same in every replicate)`,
);
for (const order of orders) {
  const kn = { family: "ngram", order, smoothing: "kneser-ney" };
  const configs = [
    ["replace, alpha 0", kn, { n, regime: "replace", alpha: 0 }],
    ["replace, alpha 0.1", kn, { n, regime: "replace", alpha: 0.1 }],
    ["accumulate, alpha 0.1", kn, { n, regime: "accumulate", alpha: 0.1 }],
    ["fixed-real, lambda 1 (50% real)", kn, { n, regime: "fixed-real", alpha: 0, lambda: 1 }],
    ["fixed-real, lambda 9 (10% real)", kn, { n, regime: "fixed-real", alpha: 0, lambda: 9 }],
  ];
  if (order === 2) {
    for (const eps of [1e-6, 1e-2]) {
      configs.push([
        `MLE bigram, replace, alpha 0.1, eval_epsilon ${eps}`,
        { family: "ngram", order: 2, smoothing: "mle", eval_epsilon: eps },
        { n, regime: "replace", alpha: 0.1 },
      ]);
    }
  }
  // Generation 1 fitted on a random 10% of the real blocks and nothing else.
  const base = run(kn, { n: tenth, regime: "replace", alpha: 0 }, 1);
  const full = run(kn, { n, regime: "replace", alpha: 0 }, 1)[1].ppl_real.mean;
  console.log(
    `\n## Kneser-Ney order ${order}: ppl(1) = ${f(full, 1)}; fitted on 10% of the real blocks alone (${tenth}): ppl = ${f(base[1].ppl_real.mean, 1)} ± ${f(base[1].ppl_real.se, 1)} = x${f(base[1].ppl_real.mean / full)} ± ${f(base[1].ppl_real.se / full)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  for (const [label, model, data] of configs) {
    if (only && !only.some((o) => label.includes(o))) continue;
    const rows = run(model, data, T);
    const p1 = rows[1].ppl_real.mean;
    const rel = (t) =>
      rows[t] === undefined ? "-" : `${f(rows[t].ppl_real.mean / p1)} ± ${f(rows[t].ppl_real.se / p1)}`;
    console.log(
      `${label}: ppl(1) = ${f(p1, 1)}; ppl(t)/ppl(1) t = 2: ${rel(2)}, 5: ${rel(5)}, ${T}: ${rel(T)}; ppl(${T}) = ${f(rows[T].ppl_real.mean, 1)} ± ${f(rows[T].ppl_real.se, 1)}; zero share ${f(rows[T].ppl_zero_share.mean, 4)}; vocab_survival ${f(rows[T].vocab_survival.mean)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
}
console.log(`\nwall time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
