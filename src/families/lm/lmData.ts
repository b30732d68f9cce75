// A language model's data set in the loop: whole blocks of token ids (the sample unit), and a seed for learners that need one.
import type { Rng } from "../../core/rng.js";

/** `count` blocks of `block` token ids, flattened. `seed` lets a learner draw (initial weights, batch order) reproducibly. */
export interface Blocks {
  readonly tokens: Uint32Array;
  readonly count: number;
  readonly seed: number;
}

export function emptyBlocks(): Blocks {
  return { tokens: new Uint32Array(0), count: 0, seed: 0 };
}

/** A 32-bit mix of two seeds (order matters), so combined data sets carry a seed of both. */
function mixSeeds(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function combineBlocks(a: Blocks, b: Blocks): Blocks {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const tokens = new Uint32Array(a.tokens.length + b.tokens.length);
  tokens.set(a.tokens, 0);
  tokens.set(b.tokens, a.tokens.length);
  return { tokens, count: a.count + b.count, seed: mixSeeds(a.seed, b.seed) };
}

/** n of the `count` blocks of `source`, drawn without replacement (a partial Fisher-Yates shuffle), in drawn order. */
export function drawBlocks(rng: Rng, source: Uint32Array, block: number, n: number): Blocks {
  const count = source.length / block;
  const take = Math.min(n, count);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const tokens = new Uint32Array(take * block);
  for (let i = 0; i < take; i++) {
    const j = i + rng.int(count - i);
    const chosen = order[j]!;
    order[j] = order[i]!;
    order[i] = chosen;
    tokens.set(source.subarray(chosen * block, (chosen + 1) * block), i * block);
  }
  return { tokens, count: take, seed: rng.uint32() };
}

export function encodeBlocks(data: Blocks): unknown {
  const { tokens } = data;
  return {
    count: data.count,
    seed: data.seed,
    tokens: Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength).toString("base64"),
  };
}

export function decodeBlocks(json: unknown): Blocks {
  const value = json as { count?: unknown; seed?: unknown; tokens?: unknown };
  if (
    typeof value?.count !== "number" ||
    typeof value.seed !== "number" ||
    typeof value.tokens !== "string"
  ) {
    throw new TypeError("checkpoint: expected {count, seed, tokens (base64 uint32)} for LM data");
  }
  const bytes = Buffer.from(value.tokens, "base64");
  const tokens = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(tokens.buffer).set(bytes);
  return { tokens, count: value.count, seed: value.seed };
}
