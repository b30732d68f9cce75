// What a language-model learner gives the shared loop instance: fit, score, generate, encode (Shumailov et al., Nature 2024).
import type { Rng } from "../../core/rng.js";
import type { Blocks } from "./lmData.js";
import type { TokenScorer } from "./textStats.js";

export interface LmLearner<L> {
  /** Fits to `data`; `previous` is the last generation's model (null at t = 0), for learners that fine-tune. */
  fit(data: Blocks, previous: L | null): L;
  /** Scores tokens under the model (p of each token given its block's prefix). */
  scorer(lm: L): TokenScorer;
  /**
   * n generated blocks of `block` tokens; prompts holds n * promptLength real tokens to condition on (not emitted).
   * Never throws.
   */
  generate(rng: Rng, lm: L, n: number, prompts: Uint32Array, promptLength: number): Uint32Array;
  encode(lm: L): unknown;
  decode(json: unknown): L;
}
