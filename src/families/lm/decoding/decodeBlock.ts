// Generates one block token by token: ancestral sampling, greedy, or beam search (the most probable sequence among
// beam_width hypotheses, Graves 2012 / Sutskever et al. 2014), with the candidate shaping of shapeCandidates.
import type { Rng } from "../../../core/rng.js";
import type { DecodingOptions } from "./decodingSchema.js";
import { leadingCandidates } from "./leadingCandidates.js";
import { argmaxCandidate, type Candidates, createCandidates, shapeCandidates } from "./shapeCandidates.js";

/** Fills the candidates for the next token after sequence[0..length) (the prompt, then what was generated). */
export type NextCandidates = (sequence: Uint32Array, length: number, out: Candidates) => void;

/** Draws candidate index j with probability probs[j] (they sum to 1). */
function drawCandidate(rng: Rng, c: Candidates): number {
  let u = rng.float();
  for (let j = 0; j < c.size - 1; j++) {
    u -= c.probs[j]!;
    if (u < 0) return j;
  }
  return c.size - 1;
}

/**
 * Writes `length` generated tokens after `prompt` into out[offset..offset+length). `fallback` is the token used if a
 * distribution is empty (never expected; it keeps the hot loop from throwing).
 */
export function decodeBlock(
  rng: Rng,
  options: DecodingOptions,
  temperature: number,
  prompt: Uint32Array,
  length: number,
  vocabulary: number,
  next: NextCandidates,
  out: Uint32Array,
  offset: number,
): void {
  const P = prompt.length;
  if (options.strategy === "beam") {
    beamSearch(options, temperature, prompt, length, vocabulary, next, out, offset);
    return;
  }
  const sequence = new Uint32Array(P + length);
  sequence.set(prompt);
  const seen = options.repetition_penalty !== 1 ? new Uint8Array(vocabulary) : null;
  const c = createCandidates(vocabulary);
  for (let i = 0; i < length; i++) {
    next(sequence, P + i, c);
    shapeCandidates(c, options, temperature, seen);
    const j: number =
      options.strategy === "greedy" ? argmaxCandidate(c) : c.size > 0 ? drawCandidate(rng, c) : -1;
    const token = j >= 0 ? c.ids[j]! : 0;
    sequence[P + i] = token;
    if (seen) seen[token] = 1;
    out[offset + i] = token;
  }
}

function beamSearch(
  options: DecodingOptions,
  temperature: number,
  prompt: Uint32Array,
  length: number,
  vocabulary: number,
  next: NextCandidates,
  out: Uint32Array,
  offset: number,
): void {
  const P = prompt.length;
  const width = options.beam_width;
  let beams: { sequence: Uint32Array; score: number }[] = [{ sequence: Uint32Array.from(prompt), score: 0 }];
  const c = createCandidates(vocabulary);
  for (let i = 0; i < length; i++) {
    const expanded: { parent: number; token: number; score: number }[] = [];
    for (const [b, beam] of beams.entries()) {
      const sequence = new Uint32Array(P + length);
      sequence.set(beam.sequence);
      let seen: Uint8Array | null = null;
      if (options.repetition_penalty !== 1) {
        seen = new Uint8Array(vocabulary);
        for (let k = P; k < P + i; k++) seen[sequence[k]!] = 1;
      }
      next(sequence, P + i, c);
      shapeCandidates(c, options, temperature, seen);
      // This beam's `width` most probable continuations (lower id on ties).
      const best = leadingCandidates(c.probs, c.size, width, Number.POSITIVE_INFINITY, 1, c.order);
      for (const j of c.order.subarray(0, best))
        expanded.push({ parent: b, token: c.ids[j]!, score: beam.score + Math.log(c.probs[j]!) });
    }
    expanded.sort((x, y) => y.score - x.score || x.parent - y.parent || x.token - y.token);
    const kept = expanded.slice(0, width);
    if (kept.length === 0) break;
    beams = kept.map(({ parent, token, score }) => {
      const sequence = new Uint32Array(P + i + 1);
      sequence.set(beams[parent]!.sequence.subarray(0, P + i));
      sequence[P + i] = token;
      return { sequence, score };
    });
  }
  const best = beams[0]!.sequence;
  for (let i = 0; i < length; i++) out[offset + i] = best[P + i] ?? 0;
}

/** n blocks of `length` tokens, block b continuing prompt b (prompts holds n prompts of P tokens each), in one array. */
export function decodeAllBlocks(
  rng: Rng,
  options: DecodingOptions,
  temperature: number,
  prompts: Uint32Array,
  P: number,
  n: number,
  length: number,
  vocabulary: number,
  next: NextCandidates,
  out: Uint32Array = new Uint32Array(n * length),
): Uint32Array {
  for (let b = 0; b < n; b++) {
    decodeBlock(
      rng,
      options,
      temperature,
      prompts.subarray(b * P, (b + 1) * P),
      length,
      vocabulary,
      next,
      out,
      b * length,
    );
  }
  return out;
}
