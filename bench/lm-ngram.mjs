// Benchmark of the n-gram LM hot paths (issue 5): counting (training) and sampling tokens/s, word order 1..5 on the
// State of the Union corpus (~10.8 M characters), Kneser-Ney and MLE. Usage: npm run build && nice -n 19 node bench/lm-ngram.mjs
import { Rng } from "../dist/core/rng.js";
import { corpusSchema } from "../dist/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../dist/families/lm/corpus/loadCorpus.js";
import { DECODING_DEFAULTS } from "../dist/families/lm/decoding/decodingSchema.js";
import { createNgramLearner } from "../dist/families/lm/ngram/ngramLearner.js";

let t = performance.now();
const corpus = loadCorpus(corpusSchema.parse({ name: "sotu", tokenizer: "words", block: 64 }));
const count = corpus.train.length / corpus.block;
console.log(
  `# sotu words: ${corpus.train.length} training tokens (${count} blocks of 64), V = ${corpus.vocab.length}; read + tokenise ${((performance.now() - t) / 1000).toFixed(2)} s`,
);
for (const [order, smoothing] of [
  [1, "mle"],
  [2, "mle"],
  [3, "mle"],
  [3, "kneser-ney"],
  [5, "kneser-ney"],
]) {
  const learner = createNgramLearner({
    order,
    smoothing,
    k: 1,
    decoding: DECODING_DEFAULTS,
    temperature: 1,
    block: 64,
    vocabulary: corpus.vocab.length,
  });
  t = performance.now();
  const model = learner.fit({ tokens: corpus.train, count, seed: 0 }, null);
  const fit = (performance.now() - t) / 1000;
  const n = 2000;
  t = performance.now();
  learner.generate(Rng.fromSeed(1), model, n, new Uint32Array(0), 0);
  const sample = (performance.now() - t) / 1000;
  console.log(
    `order ${order} ${smoothing}: train ${fit.toFixed(2)} s (${(corpus.train.length / fit / 1e6).toFixed(2)} M tokens/s); sample ${((n * 64) / sample / 1e6).toFixed(2)} M tokens/s`,
  );
}
