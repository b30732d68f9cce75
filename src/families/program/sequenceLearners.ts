// Density matchers for symbol sequences, the baselines of issue 4: a categorical over aligned blocks and an order-m Markov chain (n-gram), both maximum likelihood (Zenil arXiv 2601.05280, sec. 3).
import type { Rng } from "../../core/rng.js";

export interface BlockModel {
  readonly kind: "blocks";
  readonly block: number;
  readonly probs: Float64Array;
}

export interface NgramModel {
  readonly kind: "ngram";
  /** Context length = order - 1. */
  readonly order: number;
  /** P(next = 1 | context), context as an integer of order - 1 bits. */
  readonly p1: Float64Array;
  readonly init: number;
}

export function fitBlocks(s: Uint8Array, block: number): BlockModel {
  const probs = new Float64Array(1 << block);
  const m = Math.floor(s.length / block);
  for (let j = 0; j < m; j++) {
    let w = 0;
    for (let i = 0; i < block; i++) w = (w << 1) | s[j * block + i]!;
    probs[w]! += 1;
  }
  for (let w = 0; w < probs.length; w++) probs[w] = m > 0 ? probs[w]! / m : 1 / probs.length;
  return { kind: "blocks", block, probs };
}

export function sampleBlocks(rng: Rng, model: BlockModel, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let p = 0; p < n; ) {
    let u = rng.float();
    let w = 0;
    while (w < model.probs.length - 1 && u >= model.probs[w]!) u -= model.probs[w++]!;
    for (let i = model.block - 1; i >= 0 && p < n; i--) out[p++] = (w >> i) & 1;
  }
  return out;
}

export function fitNgram(s: Uint8Array, order: number): NgramModel {
  const c = order - 1;
  const size = 1 << c;
  const ones = new Float64Array(size);
  const seen = new Float64Array(size);
  let ctx = 0;
  for (let i = 0; i < Math.min(c, s.length); i++) ctx = ((ctx << 1) | s[i]!) & (size - 1);
  const init = ctx;
  for (let i = c; i < s.length; i++) {
    seen[ctx]! += 1;
    ones[ctx]! += s[i]!;
    ctx = ((ctx << 1) | s[i]!) & (size - 1);
  }
  const p1 = new Float64Array(size);
  for (let k = 0; k < size; k++) p1[k] = seen[k]! > 0 ? ones[k]! / seen[k]! : 0.5;
  return { kind: "ngram", order, p1, init };
}

export function sampleNgram(rng: Rng, model: NgramModel, n: number): Uint8Array {
  const c = model.order - 1;
  const size = 1 << c;
  const out = new Uint8Array(n);
  let ctx = model.init;
  for (let i = 0; i < Math.min(c, n); i++) out[i] = (model.init >> (c - 1 - i)) & 1;
  for (let i = c; i < n; i++) {
    const x = rng.float() < model.p1[ctx]! ? 1 : 0;
    out[i] = x;
    ctx = ((ctx << 1) | x) & (size - 1);
  }
  return out;
}

/** Distribution of the aligned b-blocks of an order-m chain over its first L symbols (exact forward pass). */
export function ngramBlockDistribution(model: NgramModel, block: number, L: number): Float64Array {
  const c = model.order - 1;
  const size = 1 << c;
  let pi = new Float64Array(size);
  pi[model.init] = 1;
  const out = new Float64Array(1 << block);
  const blocks = Math.max(1, Math.floor((L - c) / block));
  for (let j = 0; j < blocks; j++) {
    const next = new Float64Array(size);
    for (let ctx = 0; ctx < size; ctx++) {
      if (pi[ctx] === 0) continue;
      for (let w = 0; w < 1 << block; w++) {
        let p = pi[ctx]!;
        let k = ctx;
        for (let i = block - 1; i >= 0; i--) {
          const x = (w >> i) & 1;
          p *= x ? model.p1[k]! : 1 - model.p1[k]!;
          k = ((k << 1) | x) & (size - 1);
        }
        out[w]! += p / blocks;
        next[k]! += p;
      }
    }
    pi = next;
  }
  return out;
}

/** Aligned b-block distribution of a fixed output with independent substitutions at rate flip. */
export function outputBlockDistribution(
  output: Uint8Array,
  flip: number,
  block: number,
  L: number,
): Float64Array {
  const out = new Float64Array(1 << block);
  const m = Math.max(1, Math.floor(Math.min(L, output.length) / block));
  for (let j = 0; j < m; j++) {
    let v = 0;
    for (let i = 0; i < block; i++) v = (v << 1) | (output[j * block + i] ?? 0);
    for (let w = 0; w < 1 << block; w++) {
      let d = 0;
      for (let x = v ^ w; x; x >>= 1) d += x & 1;
      out[w]! += (flip ** d * (1 - flip) ** (block - d)) / m;
    }
  }
  return out;
}
