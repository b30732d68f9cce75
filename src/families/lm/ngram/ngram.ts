// The `ngram` model family: n-gram LMs (order 1..5; MLE, add-k, interpolated Kneser-Ney) trained in the loop on real
// text and then on their own (Shumailov et al., Nature 2024; Kneser & Ney 1995; Chen & Goodman 1998).
import type { CheckIssue, Family } from "../../family.js";
import { checkLmData } from "../checkLmData.js";
import { type CorpusTruth, corpusSchema } from "../corpus/corpusSchema.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { createLmInstance } from "../lmInstance.js";
import { createNgramLearner } from "./ngramLearner.js";
import { type NgramOptions, ngramSchema } from "./ngramSchema.js";

export const ngramFamily: Family<CorpusTruth, NgramOptions> = {
  name: "ngram",
  truthFamilies: ["corpus"],
  capabilities: { subsample: true, temperature: true, reservoir: false },
  truthSchema: () => corpusSchema,
  modelSchema: ngramSchema,
  check(truth, options, { n }) {
    const corpus = loadCorpus(truth);
    const issues: CheckIssue[] = checkLmData(corpus, n);
    if (corpus.train.length < options.order) {
      issues.push({
        path: "model.order",
        value: options.order,
        allowed: `an order no larger than the training split's ${corpus.train.length} tokens`,
      });
    }
    return issues;
  },
  create(truth, options, sampling) {
    const corpus = loadCorpus(truth);
    const learner = createNgramLearner({
      order: options.order,
      smoothing: options.smoothing,
      k: options.k,
      decoding: options.decoding,
      temperature: sampling.temperature,
      block: corpus.block,
      vocabulary: corpus.vocab.length,
    });
    return createLmInstance(corpus, learner, {
      epsilon: options.eval_epsilon,
      prompt: options.decoding.prompt,
    }) as ReturnType<Family["create"]>;
  },
};
