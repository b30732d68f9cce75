// The neural learner for the loop: a GRU LM (Cho et al. 2014) trained from scratch or fine-tuned each generation on the
// text of the last (Shumailov et al., Nature 2024, sec. "Language models", OPT-125m fine-tuned per generation).
import { Rng } from "../../../core/rng.js";
import { decodeAllBlocks } from "../decoding/decodeBlock.js";
import { type DecodingOptions, isPlainSampling } from "../decoding/decodingSchema.js";
import type { Candidates } from "../decoding/shapeCandidates.js";
import type { LmLearner } from "../lmLearner.js";
import { gruStep } from "./gruStep.js";
import { decodeGruWeights, encodeGruWeights, type GruWeights, initGruWeights } from "./gruWeights.js";
import { trainGru } from "./trainGru.js";

export interface NeuralLearnerOptions {
  readonly hidden: number;
  readonly steps: number;
  readonly steps0: number;
  readonly batch: number;
  readonly learningRate: number;
  /** The learning rate of the generation-0 fit (no previous model). */
  readonly learningRate0: number;
  readonly init: "scratch" | "fine-tune";
  readonly decoding: DecodingOptions;
  readonly temperature: number;
  readonly block: number;
  readonly vocabulary: number;
}

export function createNeuralLearner(options: NeuralLearnerOptions): LmLearner<GruWeights> {
  const { block, vocabulary: V, hidden: H, decoding, temperature } = options;
  const plain = isPlainSampling(decoding, temperature);
  return {
    fit: (data, previous) => {
      // The data's seed (drawn from the loop's Rng when the data were sampled) seeds initial weights and batch order.
      const rng = Rng.fromSeed(data.seed).fork("neural-fit");
      const start =
        previous === null || options.init === "scratch" ? initGruWeights(rng.fork("init"), V, H) : previous;
      return trainGru(start, data.tokens, data.count, block, rng.fork("batches"), {
        steps: previous === null ? options.steps0 : options.steps,
        batch: options.batch,
        learningRate: previous === null ? options.learningRate0 : options.learningRate,
      });
    },
    scorer: (w) => (tokens, length, out) => {
      const h = new Float64Array(H);
      const scratch = new Float64Array(3 * H);
      const probs = new Float64Array(V);
      for (let start = 0; start < tokens.length; start += length) {
        h.fill(0);
        let input = V;
        for (let i = 0; i < length; i++) {
          gruStep(w, h, input, scratch, probs);
          input = tokens[start + i]!;
          out[start + i] = probs[input]!;
        }
      }
    },
    generate: (rng, w, n, prompts, P) => {
      const out = new Uint32Array(n * block);
      const h = new Float64Array(H);
      const scratch = new Float64Array(3 * H);
      const probs = new Float64Array(V);
      if (plain) {
        for (let b = 0; b < n; b++) {
          h.fill(0);
          let input = V;
          for (let i = 0; i < P; i++) {
            gruStep(w, h, input, scratch, probs);
            input = prompts[b * P + i]!;
          }
          for (let i = 0; i < block; i++) {
            gruStep(w, h, input, scratch, probs);
            let u = rng.float();
            let token = V - 1;
            for (let v = 0; v < V; v++) {
              u -= probs[v]!;
              if (u < 0) {
                token = v;
                break;
              }
            }
            out[b * block + i] = token;
            input = token;
          }
        }
        return out;
      }
      // Shaped decoding re-reads the prefix for each token (O(L^2) steps per block): simple, and exact for beams.
      const next = (sequence: Uint32Array, length: number, c: Candidates) => {
        h.fill(0);
        let input = V;
        for (let i = 0; i <= length; i++) {
          gruStep(w, h, input, scratch, probs);
          if (i < length) input = sequence[i]!;
        }
        for (let v = 0; v < V; v++) {
          c.ids[v] = v;
          c.probs[v] = probs[v]!;
        }
        c.size = V;
      };
      return decodeAllBlocks(rng, decoding, temperature, prompts, P, n, block, V, next, out);
    },
    encode: encodeGruWeights,
    decode: decodeGruWeights,
  };
}
