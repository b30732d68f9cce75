// Statistics of the text a generation was trained on: unigram counts, distinct-n (Li et al. 2016), and per-sequence
// perplexity under the generation-0 model (Shumailov et al., Nature 2024, Fig. 1b).
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";
import { quantilesInPlace } from "../../core/stats/quantile.js";
import type { Blocks } from "./lmData.js";
import { perplexityOfProbabilities } from "./perplexityOfProbabilities.js";

/** Lower edges of the per-sequence perplexity histogram: 1, 2, 4, ..., 2048 (the last bin is open). */
export const PPL0_EDGES = Array.from({ length: 12 }, (_, i) => 2 ** i);

export interface TextStats {
  /** Unigram counts by token id. */
  readonly counts: Float64Array;
  readonly tokens: number;
  readonly distinct1: number;
  readonly distinct2: number;
  /** Shares of blocks in each PPL0_EDGES bin, then the median and 95% quantile of per-block perplexity. */
  readonly ppl0: Float64Array;
}

/** Scores every token of `tokens` (blocks of `block`) under some model: out[i] = p(token i | its block's prefix). */
export type TokenScorer = (tokens: Uint32Array, block: number, out: Float64Array) => void;

export function computeTextStats(
  data: Blocks,
  block: number,
  vocabulary: number,
  scoreGeneration0: TokenScorer,
  epsilon: number,
): TextStats {
  // Each loop is a function of its own that ends in its loop: V8 compiles a long loop while the first call runs, and
  // code after it that had not run by then would send later calls back to the interpreter.
  const { tokens, count } = data;
  const counts = new Float64Array(vocabulary);
  const bigrams = countTokensInto(tokens, count, block, vocabulary, counts);
  const types = countTypes(counts);
  const probabilities = new Float64Array(tokens.length);
  scoreGeneration0(tokens, block, probabilities);
  const perBlock = new Float64Array(count);
  perplexityOfProbabilities(probabilities, block, vocabulary, epsilon, perBlock);
  const bins = PPL0_EDGES.length;
  const ppl0 = new Float64Array(bins + 2);
  histogramLog2Into(perBlock, bins, ppl0);
  const [median, q95] = count > 0 ? quantilesInPlace(perBlock, [0.5, 0.95]) : [Number.NaN, Number.NaN];
  ppl0[bins] = median!;
  ppl0[bins + 1] = q95!;
  return {
    counts,
    tokens: tokens.length,
    distinct1: tokens.length > 0 ? types / tokens.length : Number.NaN,
    distinct2: count * (block - 1) > 0 ? bigrams.size / (count * (block - 1)) : Number.NaN,
    ppl0,
  };
}

/** Token counts of the blocks into `counts`; returns the set of bigrams within blocks (its size read by the caller). */
function countTokensInto(
  tokens: Uint32Array,
  count: number,
  block: number,
  vocabulary: number,
  counts: Float64Array,
): Set<number> {
  const bigrams = new Set<number>();
  for (let b = 0; b < count; b++) {
    const start = b * block;
    for (let i = start; i < start + block; i++) {
      const w = tokens[i]!;
      counts[w] = counts[w]! + 1;
      if (i > start) bigrams.add(tokens[i - 1]! * vocabulary + w);
    }
  }
  return bigrams;
}

function countTypes(counts: Float64Array): number {
  let types = 0;
  for (let w = 0; w < counts.length; w++) if (counts[w]! > 0) types++;
  return types;
}

/** The share of values in each bin floor(log2 value), clamped to 0 .. bins - 1, into out[0 .. bins). */
function histogramLog2Into(values: Float64Array, bins: number, out: Float64Array): void {
  const n = values.length;
  for (let b = 0; b < n; b++) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(Math.log2(values[b]!))));
    out[bin] = out[bin]! + 1 / n;
  }
}

export function encodeTextStats(stats: TextStats): unknown {
  return {
    counts: encodeFloat64(stats.counts),
    tokens: stats.tokens,
    distinct1: stats.distinct1,
    distinct2: stats.distinct2,
    ppl0: encodeFloat64(stats.ppl0),
  };
}

export function decodeTextStats(json: unknown): TextStats {
  const value = json as Record<string, unknown>;
  const number = (key: string) => (value[key] === null ? Number.NaN : Number(value[key]));
  return {
    counts: decodeFloat64(value.counts),
    tokens: number("tokens"),
    distinct1: number("distinct1"),
    distinct2: number("distinct2"),
    ppl0: decodeFloat64(value.ppl0),
  };
}
