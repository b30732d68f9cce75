// The decompose stage in 1-D, streaming: blocks by start offsets, boundary ignore/recursive/correlated/cyclic (pybdm partitions).
import { inputError } from "../../core/errors.js";
import type { BdmOptions } from "./bdmOptions.js";
import { addBlock, type BlockCounts } from "./blockCounts.js";

/** Feeds symbols in chunks and counts blocks without keeping the input (memory is O(block + distinct blocks)). */
export class Decompose1d {
  readonly #o: BdmOptions;
  readonly #shape: string;
  readonly #dense: Float64Array | undefined;
  readonly #counts: BlockCounts = new Map();
  readonly #ring: Uint8Array;
  readonly #head: Uint8Array;
  readonly #topPow: number;
  #n = 0;
  #cur = 0;
  #filled = 0;
  #roll = 0;
  #sinceStart = 0;
  #byte = 0;

  constructor(options: BdmOptions) {
    this.#o = options;
    this.#shape = String(options.block);
    const size = options.symbols ** options.block;
    this.#dense = size <= 1 << 22 ? new Float64Array(size) : undefined;
    this.#ring = new Uint8Array(options.block);
    this.#head = new Uint8Array(options.block);
    this.#topPow = options.symbols ** (options.block - 1);
  }

  /** Symbols pushed so far. */
  get length(): number {
    return this.#n;
  }

  #emit(code: number): void {
    if (this.#dense !== undefined) this.#dense[code]!++;
    else addBlock(this.#counts, this.#shape, code);
  }

  /** Pushes symbols given as numbers 0..k-1. */
  pushDigits(digits: ArrayLike<number>): void {
    const k = this.#o.symbols;
    for (let i = 0; i < digits.length; i++) {
      const d = digits[i]!;
      if (!(d >= 0 && d < k && Number.isInteger(d))) {
        throw inputError(`input[${this.#n}]`, d, `a symbol 0..${k - 1}`);
      }
      this.#push(d);
    }
  }

  /** Pushes text bytes: the characters 0..k-1; whitespace is skipped; anything else is an error. */
  pushText(bytes: Uint8Array): void {
    const k = this.#o.symbols;
    const fast = this.#o.step === this.#o.block && this.#o.boundary !== "cyclic";
    const block = this.#o.block;
    let cur = this.#cur;
    let filled = this.#filled;
    let n = this.#n;
    const dense = this.#dense;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      const d = c - 48;
      if (d >= 0 && d < k) {
        if (fast && dense !== undefined) {
          if (n < block) this.#head[n] = d;
          n++;
          cur = cur * k + d;
          if (++filled === block) {
            dense[cur]!++;
            cur = 0;
            filled = 0;
          }
        } else {
          this.#cur = cur;
          this.#filled = filled;
          this.#n = n;
          this.#push(d);
          cur = this.#cur;
          filled = this.#filled;
          n = this.#n;
        }
      } else if (c !== 32 && c !== 10 && c !== 13 && c !== 9) {
        throw inputError(
          `input byte ${this.#byte + i}`,
          String.fromCharCode(c),
          `the symbols 0..${k - 1}, and whitespace`,
        );
      }
    }
    this.#byte += bytes.length;
    this.#cur = cur;
    this.#filled = filled;
    this.#n = n;
  }

  #push(d: number): void {
    const o = this.#o;
    const k = o.symbols;
    const block = o.block;
    if (this.#n < block) this.#head[this.#n] = d;
    const slot = this.#n % block;
    if (o.step === block && o.boundary !== "cyclic") {
      this.#cur = this.#cur * k + d;
      if (++this.#filled === block) {
        this.#emit(this.#cur);
        this.#cur = 0;
        this.#filled = 0;
      }
    } else {
      const oldest = this.#n >= block ? this.#ring[slot]! : 0;
      this.#roll = (this.#roll - oldest * this.#topPow) * k + d;
      if (this.#n + 1 >= block) {
        if (this.#n + 1 === block || ++this.#sinceStart === o.step) {
          this.#emit(this.#roll);
          this.#sinceStart = 0;
        }
      }
    }
    this.#ring[slot] = d;
    this.#n++;
  }

  /** Ends the input: adds the boundary's final blocks and returns the counts. */
  finish(): BlockCounts {
    const o = this.#o;
    const k = o.symbols;
    const n = this.#n;
    if (this.#dense !== undefined) {
      const dense = this.#dense;
      for (let code = 0; code < dense.length; code++)
        if (dense[code]! > 0) addBlock(this.#counts, this.#shape, code, dense[code]!);
      dense.fill(0);
    }
    if ((o.boundary === "recursive" || o.convention === "acss") && o.step === o.block) {
      const r = this.#filled;
      if (r > 0 && r >= o.minLength) addBlock(this.#counts, String(r), this.#cur);
    }
    if (o.boundary === "cyclic" && n > 0) {
      const at = (p: number): number => {
        const q = p % n;
        return q >= n - o.block && q >= 0 && n >= o.block ? this.#ring[q % o.block]! : this.#head[q]!;
      };
      const firstUnfit = n >= o.block ? n - o.block + 1 : 0;
      for (let s = Math.ceil(firstUnfit / o.step) * o.step; s < n; s += o.step) {
        let code = 0;
        for (let j = 0; j < o.block; j++) code = code * k + at(s + j);
        addBlock(this.#counts, this.#shape, code);
      }
    }
    return this.#counts;
  }
}

/** Counts the blocks of a whole 1-D input (digit string or symbol array). */
export function decompose1d(input: string | ArrayLike<number>, options: BdmOptions): BlockCounts {
  const d = new Decompose1d(options);
  if (typeof input === "string") d.pushText(Buffer.from(input, "latin1"));
  else d.pushDigits(input);
  if (d.length === 0) throw inputError("input", "", "a non-empty sequence of symbols");
  return d.finish();
}
