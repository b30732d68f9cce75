// The `neural` model family: a small GRU language model (Cho et al. 2014) trained in the loop on real text and then on
// its own (Shumailov et al., Nature 2024); weights are checkpointed as base64 float32.
import type { CheckIssue, Family } from "../../family.js";
import { checkLmData } from "../checkLmData.js";
import { type CorpusTruth, corpusSchema } from "../corpus/corpusSchema.js";
import { loadCorpus } from "../corpus/loadCorpus.js";
import { createLmInstance } from "../lmInstance.js";
import { createNeuralLearner } from "./neuralLearner.js";
import { type NeuralOptions, neuralSchema } from "./neuralSchema.js";

export const neuralFamily: Family<CorpusTruth, NeuralOptions> = {
  name: "neural",
  truthFamilies: ["corpus"],
  capabilities: { subsample: true, temperature: true, reservoir: false },
  truthSchema: () => corpusSchema,
  modelSchema: neuralSchema,
  check(truth, _options, { n }) {
    const issues: CheckIssue[] = checkLmData(loadCorpus(truth), n);
    return issues;
  },
  create(truth, options, sampling) {
    const corpus = loadCorpus(truth);
    const learner = createNeuralLearner({
      hidden: options.hidden,
      steps: options.steps,
      steps0: options.steps0 ?? options.steps,
      batch: options.batch,
      learningRate: options.learning_rate,
      learningRate0: options.learning_rate0 ?? options.learning_rate,
      init: options.init,
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
