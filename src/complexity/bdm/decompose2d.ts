// The decompose stage in 2-D, streaming by rows: square blocks, boundary ignore/recursive/correlated (pybdm partitions).
import { inputError } from "../../core/errors.js";
import type { BdmOptions } from "./bdmOptions.js";
import { addBlock, type BlockCounts } from "./blockCounts.js";

/** Feeds rows one at a time; keeps only `block` rows in memory. */
export class Decompose2d {
  readonly #o: BdmOptions;
  readonly #counts: BlockCounts = new Map();
  readonly #rows: Uint8Array[] = [];
  #width = -1;
  #seen = 0;

  constructor(options: BdmOptions) {
    this.#o = options;
  }

  get rows(): number {
    return this.#seen;
  }

  /** Adds one row of symbols 0..k-1. */
  pushRow(row: ArrayLike<number>): void {
    const k = this.#o.symbols;
    if (row.length === 0) throw inputError(`row ${this.#seen}`, "", "a non-empty row of symbols");
    if (this.#width < 0) this.#width = row.length;
    else if (row.length !== this.#width) {
      throw inputError(`row ${this.#seen}`, row.length, `${this.#width} symbols, like the first row`);
    }
    const copy = new Uint8Array(row.length);
    for (let i = 0; i < row.length; i++) {
      const d = row[i]!;
      if (!(d >= 0 && d < k && Number.isInteger(d)))
        throw inputError(`row ${this.#seen}[${i}]`, d, `a symbol 0..${k - 1}`);
      copy[i] = d;
    }
    this.#rows.push(copy);
    this.#seen++;
    const o = this.#o;
    if (o.step === o.block) {
      if (this.#rows.length === o.block) {
        this.#tile(0, 0, o.block, this.#width, o.block, true);
        this.#rows.length = 0;
      }
    } else if (this.#rows.length === o.block) {
      if ((this.#seen - o.block) % o.step === 0) {
        for (let c = 0; c + o.block <= this.#width; c += o.step) this.#emit(0, c, o.block);
      }
      this.#rows.shift();
    }
  }

  /** Adds one row given as text ("0110"). */
  pushRowText(text: string): void {
    const digits = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (!(d >= 0 && d < this.#o.symbols)) {
        throw inputError(`row ${this.#seen}[${i}]`, text[i], `a symbol 0..${this.#o.symbols - 1}`);
      }
      digits[i] = d;
    }
    this.pushRow(digits);
  }

  #emit(r0: number, c0: number, side: number): void {
    const k = this.#o.symbols;
    let code = 0;
    for (let r = 0; r < side; r++) {
      const row = this.#rows[r0 + r]!;
      for (let c = 0; c < side; c++) code = code * k + row[c0 + c]!;
    }
    addBlock(this.#counts, `${side}x${side}`, code);
  }

  // pybdm's recursive partition: square tiles of `side`; a partial tile recurses with its shorter side.
  #tile(r0: number, c0: number, h: number, w: number, side: number, top: boolean): void {
    for (let tr = 0; tr < h; tr += side) {
      for (let tc = 0; tc < w; tc += side) {
        const th = Math.min(side, h - tr);
        const tw = Math.min(side, w - tc);
        if (th === side && tw === side) this.#emit(r0 + tr, c0 + tc, side);
        else if (this.#o.boundary === "recursive" || !top) {
          const m = Math.min(th, tw);
          if (m >= this.#o.minLength) this.#tile(r0 + tr, c0 + tc, th, tw, m, false);
        }
      }
    }
  }

  finish(): BlockCounts {
    if (this.#seen === 0) throw inputError("input", "", "at least one row of symbols");
    const o = this.#o;
    if (o.step === o.block && this.#rows.length > 0 && o.boundary === "recursive") {
      this.#tile(0, 0, this.#rows.length, this.#width, o.block, true);
    }
    this.#rows.length = 0;
    return this.#counts;
  }
}

/** Counts the blocks of a 2-D input: rows joined by "-" ("0101-1100") or an array of rows. */
export function decompose2d(input: string | readonly ArrayLike<number>[], options: BdmOptions): BlockCounts {
  const d = new Decompose2d(options);
  if (typeof input === "string") {
    if (input.length === 0) throw inputError("input", input, "rows of symbols joined by -");
    for (const row of input.split("-")) d.pushRowText(row);
  } else for (const row of input) d.pushRow(row);
  return d.finish();
}
