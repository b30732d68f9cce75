// Binds a corpus and a language-model learner to the loop: blocks of real text are P*'s samples, the generation-0
// model is the learner fitted to the whole training split (Shumailov et al., Nature 2024, Methods).
import type { Rng } from "../../core/rng.js";
import type { FamilyInstance } from "../family.js";
import type { Corpus } from "./corpus/loadCorpus.js";
import { type Blocks, combineBlocks, decodeBlocks, drawBlocks, emptyBlocks, encodeBlocks } from "./lmData.js";
import type { LmLearner } from "./lmLearner.js";
import { LM_METRICS, measureLm } from "./lmMetrics.js";
import { perplexityOfProbabilities } from "./perplexityOfProbabilities.js";
import {
  computeTextStats,
  decodeTextStats,
  encodeTextStats,
  type TextStats,
  type TokenScorer,
} from "./textStats.js";

/** A fitted LM with what its metrics need: statistics of the text it was trained on and its held-out perplexity. */
export interface LmModel<L> {
  readonly lm: L;
  readonly stats: TextStats;
  readonly pplReal: number;
  readonly zeroShare: number;
}

export interface LmInstanceOptions {
  /** Floor mixed into probabilities for perplexities: p -> (1 - eps) p + eps / V. */
  readonly epsilon: number;
  /** Real tokens each generated block is conditioned on. */
  readonly prompt: number;
}

/** Perplexity of the corpus's test blocks under a scorer. */
function heldOut(corpus: Corpus, scorer: TokenScorer, epsilon: number): { ppl: number; zeros: number } {
  const p = new Float64Array(corpus.test.length);
  scorer(corpus.test, corpus.block, p);
  const result = perplexityOfProbabilities(p, corpus.block, corpus.vocab.length, epsilon);
  return { ppl: result.perplexity, zeros: result.zeroShare };
}

export function createLmInstance<L>(
  corpus: Corpus,
  learner: LmLearner<L>,
  options: LmInstanceOptions,
): FamilyInstance<LmModel<L>, Blocks> {
  const { block } = corpus;
  const V = corpus.vocab.length;
  const trainCount = corpus.train.length / block;
  const realData: Blocks = { tokens: corpus.train, count: trainCount, seed: 0 };
  const generation0 = learner.fit(realData, null);
  const score0 = learner.scorer(generation0);
  const wrap = (lm: L, data: Blocks): LmModel<L> => {
    const { ppl, zeros } = heldOut(corpus, learner.scorer(lm), options.epsilon);
    return {
      lm,
      stats: computeTextStats(data, block, V, score0, options.epsilon),
      pplReal: ppl,
      zeroShare: zeros,
    };
  };
  const truth = wrap(generation0, realData);
  const promptLength = Math.min(options.prompt, block);
  return {
    metricNames: LM_METRICS,
    truth,
    sampleTruth: (rng, n) => drawBlocks(rng, corpus.train, block, n),
    sample: (rng: Rng, model, n) => {
      const prompts = new Uint32Array(n * promptLength);
      if (promptLength > 0) {
        for (let i = 0; i < n; i++) {
          const start = rng.int(trainCount) * block;
          prompts.set(corpus.train.subarray(start, start + promptLength), i * promptLength);
        }
      }
      const tokens = learner.generate(rng, model.lm, n, prompts, promptLength);
      return { tokens, count: n, seed: rng.uint32() };
    },
    empty: emptyBlocks,
    combine: combineBlocks,
    size: (data) => data.count,
    subsample: (rng, pool, n) => drawBlocks(rng, pool.tokens, block, n),
    fit: (data, previous) => (data.count === 0 ? previous : wrap(learner.fit(data, previous.lm), data)),
    measure: (model, out) => measureLm(model, corpus.trainCounts, out),
    encodeModel: (model) => ({
      lm: learner.encode(model.lm),
      stats: encodeTextStats(model.stats),
      pplReal: model.pplReal,
      zeroShare: model.zeroShare,
    }),
    decodeModel: (json) => {
      const value = json as { lm: unknown; stats: unknown; pplReal: number | null; zeroShare: number | null };
      return {
        lm: learner.decode(value.lm),
        stats: decodeTextStats(value.stats),
        pplReal: value.pplReal ?? Number.NaN,
        zeroShare: value.zeroShare ?? Number.NaN,
      };
    },
    encodeData: encodeBlocks,
    decodeData: decodeBlocks,
  };
}
