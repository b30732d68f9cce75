// Shaped decoding (top-k, top-p, beam, temperature) of a Kneser-Ney trigram word model of Moby Dick (V = 15,758), in
// tokens per second. Usage: npm run build && node bench/lm-decoding.mjs [blocks per variant, default 20]
import { Rng } from "../dist/core/rng.js";
import { corpusSchema } from "../dist/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../dist/families/lm/corpus/loadCorpus.js";
import { DECODING_DEFAULTS } from "../dist/families/lm/decoding/decodingSchema.js";
import { createNgramLearner } from "../dist/families/lm/ngram/ngramLearner.js";

const blocks = Number(process.argv[2] ?? 20);
const corpus = loadCorpus(corpusSchema.parse({ name: "moby-dick", tokenizer: "words", block: 64 }));
const count = corpus.train.length / corpus.block;
console.log(
  `# moby-dick words: V = ${corpus.vocab.length}, ${count} training blocks of 64; ${blocks} blocks per variant`,
);
const variants = [
  ["plain sampling", {}, 1],
  ["temperature 0.8", {}, 0.8],
  ["top_k 40", { top_k: 40 }, 1],
  ["top_p 0.9", { top_p: 0.9 }, 1],
  ["top_p 0.5", { top_p: 0.5 }, 1],
  ["beam 4", { strategy: "beam", beam_width: 4 }, 1],
];
for (const [label, decoding, temperature] of variants) {
  const learner = createNgramLearner({
    order: 3,
    smoothing: "kneser-ney",
    k: 1,
    decoding: { ...DECODING_DEFAULTS, ...decoding },
    temperature,
    block: 64,
    vocabulary: corpus.vocab.length,
  });
  const model = learner.fit({ tokens: corpus.train, count, seed: 0 }, null);
  const n = label === "plain sampling" ? 100 * blocks : blocks;
  const t = performance.now();
  learner.generate(Rng.fromSeed(1), model, n, new Uint32Array(0), 0);
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `${label}: ${((n * 64) / seconds).toFixed(0)} tokens/s (${n} blocks in ${seconds.toFixed(2)} s)`,
  );
}
