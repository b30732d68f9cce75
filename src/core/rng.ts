// Seeded, forkable pseudo-random streams: xoshiro128** (Blackman & Vigna 2018) keyed by a splittable hash of labels;
// normals by Doornik's ziggurat (ZIGNOR, "An improved ziggurat method to generate normal random samples", 2005).

/** A saved Rng: enough to restore it exactly (checkpoints). */
export interface RngState {
  readonly key: readonly [number, number, number, number];
  readonly s: readonly [number, number, number, number];
}

/** A stream label: a name or a non-negative integer index. */
export type RngLabel = string | number;

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Absorbs one 32-bit word into a 4-word key: each key word is remixed with the word and its neighbour. */
function absorb(k: [number, number, number, number], word: number, tweak: number): void {
  const a = mix32(k[0] ^ word ^ tweak);
  const b = mix32(k[1] ^ a ^ 0x7f4a7c15);
  const c = mix32(k[2] ^ b ^ 0x85ebca77);
  const d = mix32(k[3] ^ c ^ 0xc2b2ae3d);
  k[0] = a ^ d;
  k[1] = b;
  k[2] = c;
  k[3] = d;
}

const STRING_TWEAK = 0x9e3779b9;
const SMALL_INT_TWEAK = 0x3c6ef372;
const LARGE_INT_TWEAK = 0xdaa66d2b;

function absorbLabel(k: [number, number, number, number], label: RngLabel): void {
  if (typeof label === "number" && label >>> 0 === label) {
    absorb(k, label, SMALL_INT_TWEAK);
    return;
  }
  if (typeof label === "string") {
    absorb(k, hashString(label), STRING_TWEAK ^ label.length);
    return;
  }
  if (!Number.isInteger(label) || label < 0 || label > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`Rng label must be a string or an integer in [0, 2^53); got ${label}`);
  }
  if (label < 4294967296) {
    absorb(k, label, SMALL_INT_TWEAK);
    return;
  }
  absorb(k, label >>> 0, LARGE_INT_TWEAK);
  absorb(k, Math.floor(label / 4294967296), LARGE_INT_TWEAK);
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/** Ziggurat of 128 layers for the standard normal (ZIGNOR): layer edges X and the ratios X[i+1]/X[i]. */
const ZIG_LAYERS = 128;
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_X = new Float64Array(ZIG_LAYERS + 1);
const ZIG_RATIO = new Float64Array(ZIG_LAYERS);
{
  let f = Math.exp(-0.5 * ZIG_R * ZIG_R);
  ZIG_X[0] = ZIG_V / f;
  ZIG_X[1] = ZIG_R;
  ZIG_X[ZIG_LAYERS] = 0;
  for (let i = 2; i < ZIG_LAYERS; i++) {
    ZIG_X[i] = Math.sqrt(-2 * Math.log(ZIG_V / ZIG_X[i - 1]! + f));
    f = Math.exp(-0.5 * ZIG_X[i]! * ZIG_X[i]!);
  }
  for (let i = 0; i < ZIG_LAYERS; i++) ZIG_RATIO[i] = ZIG_X[i + 1]! / ZIG_X[i]!;
}

/** Rng.normal's rare-case deviate (see #normalEdge). */
const EDGE_DEVIATE = new Float64Array(1);

/**
 * A pseudo-random stream. Streams are identified by a key: `fork(label)` derives a child key from the
 * parent's key and the label only, so a child never depends on how many numbers its parent has drawn.
 */
export class Rng {
  readonly #key: [number, number, number, number];
  /** The xoshiro128** words. A typed array: object fields holding 32-bit words allocate a heap number per write. */
  readonly #s = new Int32Array(4);

  private constructor(key: [number, number, number, number]) {
    this.#key = key;
    this.#seedFromKey();
  }

  #seedFromKey(): void {
    const key = this.#key;
    const s0 = mix32(key[0] ^ 0x5eed5eed);
    const s1 = mix32(key[1] ^ s0);
    const s2 = mix32(key[2] ^ s1);
    const s = this.#s;
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = mix32(key[3] ^ s2) | (s0 === 0 && s1 === 0 && s2 === 0 ? 1 : 0);
  }

  /** The root stream of a seed (an integer in [0, 2^53)). */
  static fromSeed(seed: number): Rng {
    if (!Number.isInteger(seed) || seed < 0 || seed > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`seed must be an integer in [0, 2^53); got ${seed}`);
    }
    const key: [number, number, number, number] = [0x6f75726f, 0x626f726f, 0x73000000, 0x00000001];
    absorbLabel(key, seed);
    return new Rng(key);
  }

  /** Restores a stream saved with `snapshot()`. */
  static restore(state: RngState): Rng {
    const rng = new Rng([...state.key] as [number, number, number, number]);
    rng.#s.set(state.s.map((word) => word | 0));
    return rng;
  }

  /** A child stream named by labels, e.g. `root.fork("replicate", 7, "generation", 3)`. */
  fork(...labels: RngLabel[]): Rng {
    const key: [number, number, number, number] = [this.#key[0], this.#key[1], this.#key[2], this.#key[3]];
    for (const label of labels) absorbLabel(key, label);
    return new Rng(key);
  }

  /**
   * Turns `target` into exactly the stream `this.fork(label)` would return, without allocating: for hot loops
   * that need a fresh stream per replicate and generation. Returns target.
   */
  forkInto(target: Rng, label: RngLabel): Rng {
    const key = target.#key;
    key[0] = this.#key[0];
    key[1] = this.#key[1];
    key[2] = this.#key[2];
    key[3] = this.#key[3];
    absorbLabel(key, label);
    target.#seedFromKey();
    return target;
  }

  /** The keys of `streams`, four words each: one flat array instead of an object per stream, for hot loops. */
  static packKeys(streams: readonly Rng[]): Uint32Array {
    const keys = new Uint32Array(4 * streams.length);
    for (let i = 0; i < streams.length; i++) keys.set(streams[i]!.#key, 4 * i);
    return keys;
  }

  /**
   * The keys `Rng.packKeys` would give for the streams `this.fork(first + i, ...suffix)`, i = 0 .. count - 1,
   * without creating them: a run's per-replicate streams (10^5 of them took 0.1 s as objects, a fifth of its
   * start-up).
   */
  packForkKeys(first: number, count: number, ...suffix: RngLabel[]): Uint32Array {
    const keys = new Uint32Array(4 * count);
    const key: [number, number, number, number] = [0, 0, 0, 0];
    for (let i = 0; i < count; i++) {
      key[0] = this.#key[0];
      key[1] = this.#key[1];
      key[2] = this.#key[2];
      key[3] = this.#key[3];
      absorbLabel(key, first + i);
      for (const label of suffix) absorbLabel(key, label);
      keys.set(key, 4 * i);
    }
    return keys;
  }

  /**
   * Turns this stream into exactly what `streams[index].fork(label)` returns, where `keys = Rng.packKeys(streams)`,
   * without allocating. Returns this.
   */
  forkPackedInto(keys: Uint32Array, index: number, label: RngLabel): Rng {
    const key = this.#key;
    const at = 4 * index;
    key[0] = keys[at]!;
    key[1] = keys[at + 1]!;
    key[2] = keys[at + 2]!;
    key[3] = keys[at + 3]!;
    absorbLabel(key, label);
    this.#seedFromKey();
    return this;
  }

  /**
   * For the streams first .. first + count - 1 of `keys` (packed as Rng.packKeys packs them), what
   * `loadForked(out, i - first)` needs to become exactly `streams[i].fork(label)`: the child's key and generator
   * words, eight to a stream, into `out`. One pass of independent iterations, where a fork per stream inside a hot
   * loop is a chain of eight dependent hashes that the loop waits on; `label` is an integer in [0, 2^32).
   */
  static forkRangePacked(
    keys: Uint32Array,
    first: number,
    count: number,
    label: number,
    out: Int32Array,
  ): void {
    if (label >>> 0 !== label)
      throw new RangeError(`forkRangePacked label must be an integer in [0, 2^32); got ${label}`);
    if (first < 0 || 4 * (first + count) > keys.length || 8 * count > out.length) {
      throw new RangeError(`forkRangePacked: streams ${first}..${first + count - 1} out of range`);
    }
    for (let i = 0; i < count; i++) {
      const at = 4 * (first + i);
      // absorb(key, label, SMALL_INT_TWEAK), then #seedFromKey, on scalars (a key array per stream costs twice this).
      const a = mix32(keys[at]! ^ label ^ SMALL_INT_TWEAK);
      const b = mix32(keys[at + 1]! ^ a ^ 0x7f4a7c15);
      const c = mix32(keys[at + 2]! ^ b ^ 0x85ebca77);
      const d = mix32(keys[at + 3]! ^ c ^ 0xc2b2ae3d);
      const k0 = a ^ d;
      const s0 = mix32(k0 ^ 0x5eed5eed);
      const s1 = mix32(b ^ s0);
      const s2 = mix32(c ^ s1);
      const o = 8 * i;
      out[o] = k0;
      out[o + 1] = b;
      out[o + 2] = c;
      out[o + 3] = d;
      out[o + 4] = s0;
      out[o + 5] = s1;
      out[o + 6] = s2;
      out[o + 7] = mix32(d ^ s2) | (s0 === 0 && s1 === 0 && s2 === 0 ? 1 : 0);
    }
  }

  /** Turns this stream into stream `index` of a `forkRangePacked` result, without allocating. Returns this. */
  loadForked(forked: Int32Array, index: number): Rng {
    const o = 8 * index;
    const key = this.#key;
    key[0] = forked[o]!; // a ^ d in absorb: a signed 32-bit word, as there
    key[1] = forked[o + 1]! >>> 0;
    key[2] = forked[o + 2]! >>> 0;
    key[3] = forked[o + 3]! >>> 0;
    const s = this.#s;
    s[0] = forked[o + 4]!;
    s[1] = forked[o + 5]!;
    s[2] = forked[o + 6]!;
    s[3] = forked[o + 7]!;
    return this;
  }

  /** Writes this stream's generator words back into stream `index` of a `forkRangePacked` result (its key stays). */
  saveForked(forked: Int32Array, index: number): void {
    const o = 8 * index + 4;
    const s = this.#s;
    forked[o] = s[0]!;
    forked[o + 1] = s[1]!;
    forked[o + 2] = s[2]!;
    forked[o + 3] = s[3]!;
  }

  /** The current state, JSON-safe. */
  snapshot(): RngState {
    return {
      key: [this.#key[0], this.#key[1], this.#key[2], this.#key[3]],
      s: [this.#s[0]!, this.#s[1]!, this.#s[2]!, this.#s[3]!],
    };
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const s = this.#s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  float(): number {
    const hi = this.uint32() >>> 5;
    const lo = this.uint32() >>> 6;
    return (hi * 67108864 + lo) / TWO_POW_53;
  }

  /** A uniform double in (0, 1): never 0, so safe under log. */
  floatOpen(): number {
    let u = this.float();
    while (u === 0) u = this.float();
    return u;
  }

  /** A uniform integer in [0, n) for 1 <= n <= 2^32, without modulo bias. */
  int(n: number): number {
    if (n <= 1) return 0;
    if (n > TWO_POW_32) return Math.floor(this.float() * n);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = this.uint32();
    while (x >= limit) x = this.uint32();
    return x % n;
  }

  /**
   * A standard normal deviate by the ziggurat. One pair of 32-bit outputs gives both the 53-bit uniform and,
   * from bits the uniform does not use, the 7-bit layer index.
   */
  normal(): number {
    for (;;) {
      const hi = this.uint32();
      const lo = this.uint32();
      const u = (2 * ((hi >>> 5) * 67108864 + (lo >>> 6))) / TWO_POW_53 - 1;
      const i = (lo & 0x3f) | ((hi & 1) << 6);
      if (Math.abs(u) < ZIG_RATIO[i]!) return u * ZIG_X[i]!;
      if (this.#normalEdge(u, i)) return EDGE_DEVIATE[0]!;
    }
  }

  /**
   * The ziggurat's rare cases (about 1.2% of draws): the base layer's tail, or the wedge test of layer i, whose
   * deviate goes to EDGE_DEVIATE; false when the wedge test rejects. Out of line, so that the common path is small
   * enough for V8 to inline wherever a sampler calls it, and answered through a typed array, so that the common
   * path's double is not boxed to merge with a call's result.
   */
  #normalEdge(u: number, i: number): boolean {
    if (i === 0) {
      EDGE_DEVIATE[0] = this.#normalTail(u < 0);
      return true;
    }
    const x = u * ZIG_X[i]!;
    const x2 = x * x;
    const f0 = Math.exp(-0.5 * (ZIG_X[i]! * ZIG_X[i]! - x2));
    const f1 = Math.exp(-0.5 * (ZIG_X[i + 1]! * ZIG_X[i + 1]! - x2));
    if (!(f1 + this.float() * (f0 - f1) < 1)) return false;
    EDGE_DEVIATE[0] = x;
    return true;
  }

  /** The tail beyond ZIG_R (Marsaglia 1964). */
  #normalTail(negative: boolean): number {
    let x: number;
    let y: number;
    do {
      x = Math.log(this.floatOpen()) / ZIG_R;
      y = Math.log(this.floatOpen());
    } while (-2 * y < x * x);
    return negative ? x - ZIG_R : ZIG_R - x;
  }
}
