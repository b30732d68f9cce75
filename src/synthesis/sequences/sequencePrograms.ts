// Program spaces for symbol sequences with a prefix code for each (Levin 1973; Rissanen 1978): literal, repetition, progressions mod k, morphisms, counters, ECA centre columns, small Turing machines.
import { loadCtmTable } from "../../complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../complexity/ctm/ctmLookup.js";
import { simulateMachine } from "../../complexity/tm/simulateMachine.js";
import { tmSpace } from "../../complexity/tm/tmSpace.js";
import { ecaRuleLength } from "../eca/identifyEca.js";
import { ecaCentreColumn } from "../eca/runEca.js";
import { choiceLength, integerLength } from "../score/integerLength.js";

/** A runnable program: its text, its length in bits, and its output of length n (null when it has none). */
export interface SequenceProgram {
  readonly space: string;
  readonly text: string;
  readonly length: number;
  /** Output of length n; with a target, may stop early (null) once more than maxMismatches unmasked cells differ. */
  run(n: number, target?: Uint8Array, maxMismatches?: number, mask?: Uint8Array): Uint8Array | null;
}

export const SEQUENCE_SPACES = [
  "literal",
  "repeat",
  "progression",
  "morphism",
  "counter",
  "eca",
  "tm",
  "concat",
] as const;
const SPACE_BITS = choiceLength(SEQUENCE_SPACES.length);

function lengthBits(n: number): number {
  return integerLength(n + 1);
}

/** A block coded literally, or (binary, up to 12 symbols) by its CTM complexity; one flag bit chooses. */
export function blockLength(block: Uint8Array, symbols: number): number {
  const plain = block.length * choiceLength(symbols);
  if (symbols !== 2 || block.length > 12 || block.length === 0) return 1 + plain;
  const k = ctmLookup(loadCtmTable("d5"), Array.from(block).join("")).K;
  return 1 + Math.min(plain, k ?? plain);
}

const text = (b: ArrayLike<number>) => Array.from(b).join("");

function fixed(output: (n: number) => Uint8Array | null): SequenceProgram["run"] {
  return (n) => output(n);
}

export function literalProgram(s: Uint8Array, symbols: number): SequenceProgram {
  return {
    space: "literal",
    text: `literal(${text(s)})`,
    length: SPACE_BITS + lengthBits(s.length) + s.length * choiceLength(symbols),
    run: fixed((n) => (n === s.length ? Uint8Array.from(s) : null)),
  };
}

export function repeatProgram(block: Uint8Array, symbols: number, n: number): SequenceProgram {
  return {
    space: "repeat",
    text: `repeat(${text(block)})`,
    length: SPACE_BITS + integerLength(block.length) + blockLength(block, symbols) + lengthBits(n),
    run: fixed((m) => Uint8Array.from({ length: m }, (_, i) => block[i % block.length]!)),
  };
}

export function progressionProgram(a: number, b: number, symbols: number, n: number): SequenceProgram {
  return {
    space: "progression",
    text: `(${a} + ${b} i) mod ${symbols}`,
    length: SPACE_BITS + 2 * choiceLength(symbols) + lengthBits(n),
    run: fixed((m) => Uint8Array.from({ length: m }, (_, i) => (a + b * i) % symbols)),
  };
}

/** The fixed point (or iterate) of a substitution: images[a] replaces symbol a; starts from `start`. */
export function morphismProgram(
  images: readonly Uint8Array[],
  start: number,
  symbols: number,
  n: number,
): SequenceProgram {
  let length = SPACE_BITS + choiceLength(symbols) + lengthBits(n);
  for (const w of images) length += integerLength(w.length) + w.length * choiceLength(symbols);
  return {
    space: "morphism",
    text: `morphism(${images.map((w, a) => `${a}->${text(w)}`).join(",")}; ${start})`,
    length,
    run: fixed((m) => {
      let word = Uint8Array.of(start);
      for (let it = 0; it < 64 && word.length < m; it++) {
        let size = 0;
        for (const a of word) size += images[a]!.length;
        if (size <= word.length) return null;
        const next = new Uint8Array(Math.min(size, 4 * m + 16));
        let p = 0;
        for (const a of word) {
          for (const c of images[a]!) {
            if (p >= next.length) break;
            next[p++] = c;
          }
        }
        word = next.subarray(0, p);
      }
      return word.length >= m ? word.slice(0, m) : null;
    }),
  };
}

/** Binary numerals 0, 1, 10, 11, 100, ... written one after another (Champernowne-like counter). */
export function counterProgram(n: number): SequenceProgram {
  return {
    space: "counter",
    text: "counter(binary)",
    length: SPACE_BITS + 1 + lengthBits(n),
    run: fixed((m) => {
      const out = new Uint8Array(m);
      let p = 0;
      for (let i = 0; p < m; i++) for (const c of i.toString(2)) if (p < m) out[p++] = Number(c);
      return out;
    }),
  };
}

/** 1 0 1 0 0 1 0 0 0 ...: a 1 then i 0s, for i = 1, 2, ... (a unary counter). */
export function unaryCounterProgram(n: number): SequenceProgram {
  return {
    space: "counter",
    text: "counter(unary)",
    length: SPACE_BITS + 1 + lengthBits(n),
    run: fixed((m) => {
      const out = new Uint8Array(m);
      let p = 0;
      for (let i = 1; p < m; i++) {
        out[p++] = 1;
        for (let j = 0; j < i && p < m; j++) out[p++] = 0;
      }
      return out;
    }),
  };
}

/** The centre column of ECA `rule` grown from a single 1. */
export function ecaProgram(rule: number, n: number): SequenceProgram {
  return {
    space: "eca",
    text: `eca(${rule}, centre column, single seed)`,
    length: SPACE_BITS + ecaRuleLength(rule) + lengthBits(n),
    run: (m, target, maxMismatches, mask) => ecaCentreColumn(rule, m, target, maxMismatches, mask),
  };
}

export function concatProgram(a: SequenceProgram, b: SequenceProgram, split: number): SequenceProgram {
  return {
    space: "concat",
    text: `concat(${a.text}, ${b.text} @ ${split})`,
    length: SPACE_BITS + integerLength(split) + a.length + b.length,
    run: fixed((m) => {
      const x = a.run(split);
      const y = b.run(m - split);
      if (x === null || y === null) return null;
      const out = new Uint8Array(m);
      out.set(x);
      out.set(y, split);
      return out;
    }),
  };
}

let tmOutputs: Map<string, { states: number; index: number }> | null = null;

/** Outputs of every 1- and 2-state binary machine (CTM space), the first machine for each output kept. */
export function smallMachineOutputs(): Map<string, { states: number; index: number }> {
  if (tmOutputs) return tmOutputs;
  tmOutputs = new Map();
  for (const states of [1, 2]) {
    const space = tmSpace(states, 2);
    const options = 2 * (2 * states + 1);
    const entries = new Array<number>(states * 2).fill(0);
    const total = options ** entries.length;
    for (let index = 0; index < total; index++) {
      let x = index;
      for (let e = 0; e < entries.length; e++) {
        entries[e] = x % options;
        x = Math.floor(x / options);
      }
      const out = simulateMachine(space, entries);
      if (out !== null && !tmOutputs.has(out)) tmOutputs.set(out, { states, index });
    }
  }
  return tmOutputs;
}

export function machineProgram(output: string, states: number, index: number): SequenceProgram {
  const options = 2 * (2 * states + 1);
  return {
    space: "tm",
    text: `tm(${states} states, machine ${index})`,
    length: SPACE_BITS + integerLength(states) + Math.log2(options ** (2 * states)),
    run: fixed((m) => (m === output.length ? Uint8Array.from(output, Number) : null)),
  };
}
