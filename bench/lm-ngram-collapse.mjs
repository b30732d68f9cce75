// Experiment of issue 5 (Shumailov et al., Nature 2024): n-gram word LMs of Moby Dick trained on their own text.
// MLE bigram, alpha = 0: vocabulary survival per generation and the generations until half of each real-count band
// is gone (a critical branching approximation gives t_half ~ (2 / ln 2) c); MLE and Kneser-Ney, alpha = 0 vs 0.1:
// perplexity on held-out real text. Each replicate is its own run (seed s), so figures carry SEs over replicates.
// Usage: npm run build && nice -n 19 node bench/lm-ngram-collapse.mjs [replicates=5] [generations=40]
import { corpusSchema } from "../dist/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../dist/families/lm/corpus/loadCorpus.js";
import { SURVIVAL_BANDS, SURVIVAL_METRICS } from "../dist/families/lm/lmMetrics.js";
import { runGenerations } from "../dist/loop/run.js";
import { normaliseSpec } from "../dist/spec/normaliseSpec.js";

const R = Number(process.argv[2] ?? 5);
const T = Number(process.argv[3] ?? 40);
const truth = { family: "corpus", name: "moby-dick", tokenizer: "words", block: 64 };
const corpus = loadCorpus(corpusSchema.parse({ name: "moby-dick", tokenizer: "words", block: 64 }));
const n = corpus.train.length / corpus.block;

function series(model, alpha, seed, generations) {
  const spec = normaliseSpec({
    name: "lm-ngram-experiment",
    seed,
    replicates: 1,
    generations,
    truth,
    model,
    data: { n, regime: "replace", alpha },
  });
  const out = [];
  for (const step of runGenerations(spec)) {
    const row = {};
    for (const [k, v] of Object.entries(step.record.metrics)) row[k] = v.mean;
    out.push(row);
  }
  return out;
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const se = (xs) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1) / xs.length);
const fmt = (xs, d = 3) => `${mean(xs).toFixed(d)} ± ${se(xs).toFixed(d)}`;

/** First generation (linearly interpolated) at which the series falls to 0.5; NaN if it never does. */
function halfLife(values) {
  for (let t = 1; t < values.length; t++) {
    if (values[t] <= 0.5) return t - 1 + (values[t - 1] - 0.5) / (values[t - 1] - values[t]);
  }
  return Number.NaN;
}

// Mean real count of the types in each band.
const bandCount = SURVIVAL_BANDS.map(([lo, hi]) => {
  const cs = [...corpus.trainCounts].filter((c) => c >= lo && c <= hi);
  return cs.length ? mean(cs) : Number.NaN;
});

const t0 = performance.now();
const runs = { mle0: [], mle10: [], kn0: [], kn10: [] };
const mle = { family: "ngram", order: 2, smoothing: "mle" };
const kn = { family: "ngram", order: 3, smoothing: "kneser-ney" };
for (let s = 1; s <= R; s++) {
  runs.mle0.push(series(mle, 0, s, T));
  runs.mle10.push(series(mle, 0.1, s, 10));
  runs.kn0.push(series(kn, 0, s, 10));
  runs.kn10.push(series(kn, 0.1, s, 10));
  console.error(`replicate ${s}/${R} done at ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

console.log(
  `# Moby Dick words, ${n} training blocks of 64 (${corpus.train.length} tokens), V = ${corpus.vocab.length}; ${R} replicates`,
);
console.log("\n## MLE bigram, alpha = 0: vocab_survival by generation (mean ± SE)");
let monotone = true;
for (const r of runs.mle0)
  for (let t = 1; t < r.length; t++) if (r[t].vocab_survival > r[t - 1].vocab_survival) monotone = false;
for (const t of [1, 2, 3, 5, 10, 20, 30, 40].filter((t) => t <= T)) {
  console.log(`t = ${t}: ${fmt(runs.mle0.map((r) => r[t].vocab_survival))}`);
}
console.log(`monotone non-increasing in every replicate: ${monotone}`);

console.log("\n## Generations until half of a real-count band is gone (MLE bigram, alpha = 0)");
const slopes = [];
const usable = [];
for (let b = 0; b < SURVIVAL_BANDS.length; b++) {
  const lives = runs.mle0.map((r) => halfLife(r.map((row) => row[SURVIVAL_METRICS[b]])));
  if (lives.every(Number.isFinite)) usable.push(b);
  console.log(
    `${SURVIVAL_METRICS[b]} (mean real count ${bandCount[b].toFixed(2)}): t_half = ${lives.every(Number.isFinite) ? fmt(lives, 2) : "beyond T"}`,
  );
}
for (const r of runs.mle0) {
  const xs = usable.map((b) => bandCount[b]);
  const ys = usable.map((b) => halfLife(r.map((row) => row[SURVIVAL_METRICS[b]])));
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  slopes.push(sxy / sxx);
}
console.log(
  `least-squares slope of t_half on real count over ${usable.map((b) => SURVIVAL_METRICS[b]).join(", ")}: ${fmt(slopes, 2)} generations per occurrence (critical branching: 2/ln 2 = 2.89)`,
);

console.log("\n## ppl_real (held-out chapters) at generations 1, 2, 5, 10: alpha = 0 vs 0.1");
for (const [label, key] of [
  ["MLE bigram, alpha 0", "mle0"],
  ["MLE bigram, alpha 0.1", "mle10"],
  ["KN trigram, alpha 0", "kn0"],
  ["KN trigram, alpha 0.1", "kn10"],
]) {
  const rel = (t) => runs[key].map((r) => r[t].ppl_real / r[1].ppl_real);
  console.log(
    `${label}: ppl(1) = ${fmt(
      runs[key].map((r) => r[1].ppl_real),
      1,
    )}; ppl(t)/ppl(1) at t = 2: ${fmt(rel(2))}, 5: ${fmt(rel(5))}, 10: ${fmt(rel(10))}; zero share at 10: ${fmt(runs[key].map((r) => r[10].ppl_zero_share))}`,
  );
}
console.log(`\nwall time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
