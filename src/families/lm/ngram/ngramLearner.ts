// The n-gram learner for the loop: counts refitted from scratch each generation (an MLE n-gram resampled on its own text
// is a Wright-Fisher chain on n-grams: Shumailov et al., Nature 2024, sec. "Discrete distributions with exact approximation").
import type { Rng } from "../../../core/rng.js";
import { decodeAllBlocks } from "../decoding/decodeBlock.js";
import { type DecodingOptions, isPlainSampling } from "../decoding/decodingSchema.js";
import { type Blocks, decodeBlocks, encodeBlocks } from "../lmData.js";
import type { LmLearner } from "../lmLearner.js";
import { buildNgramCounts } from "./ngramCounts.js";
import {
  contextNodes,
  type NgramLm,
  ngramCandidates,
  ngramProbability,
  type Smoothing,
  sampleNgramToken,
} from "./ngramLm.js";

/** An n-gram model with the data it was counted from (its checkpoint: refitting is exact and far smaller than the trie). */
export interface FittedNgram {
  readonly lm: NgramLm;
  readonly data: Blocks;
}

export interface NgramLearnerOptions {
  readonly order: number;
  readonly smoothing: Smoothing;
  readonly k: number;
  readonly decoding: DecodingOptions;
  readonly temperature: number;
  readonly block: number;
  readonly vocabulary: number;
}

export function createNgramLearner(options: NgramLearnerOptions): LmLearner<FittedNgram> {
  const { order, block, vocabulary: V, decoding, temperature } = options;
  const countNgrams = (data: Blocks): FittedNgram => ({
    lm: {
      counts: buildNgramCounts(data.tokens, data.count, block, order, V),
      smoothing: options.smoothing,
      k: options.k,
    },
    data,
  });
  const plain = isPlainSampling(decoding, temperature);
  return {
    fit: countNgrams,
    scorer:
      ({ lm }) =>
      (tokens, length, out) => {
        const nodes = new Int32Array(order);
        for (let start = 0; start < tokens.length; start += length) {
          const sequence = tokens.subarray(start, start + length);
          for (let i = 0; i < length; i++) {
            const m = contextNodes(lm, sequence, i, nodes);
            out[start + i] = ngramProbability(lm, nodes, m, sequence[i]!);
          }
        }
      },
    generate: (rng: Rng, { lm }, n, prompts, P) => {
      const out = new Uint32Array(n * block);
      const nodes = new Int32Array(order);
      if (plain) {
        const sequence = new Uint32Array(P + block);
        for (let b = 0; b < n; b++) {
          sequence.set(prompts.subarray(b * P, (b + 1) * P));
          for (let i = 0; i < block; i++) {
            const m = contextNodes(lm, sequence, P + i, nodes);
            const w = sampleNgramToken(lm, rng, nodes, m);
            sequence[P + i] = w;
            out[b * block + i] = w;
          }
        }
        return out;
      }
      const next = (sequence: Uint32Array, length: number, c: Parameters<typeof ngramCandidates>[3]) => {
        const m = contextNodes(lm, sequence, length, nodes);
        ngramCandidates(lm, nodes, m, c);
      };
      return decodeAllBlocks(rng, decoding, temperature, prompts, P, n, block, V, next, out);
    },
    encode: ({ data }) => encodeBlocks(data),
    decode: (json) => countNgrams(decodeBlocks(json)),
  };
}
