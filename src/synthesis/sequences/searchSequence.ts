// Levin-ordered search for the shortest two-part code of a sequence: programs in order of length, each run under a mismatch bound (Levin 1973; Rissanen 1978).
import { inputError } from "../../core/errors.js";
import { flipCodeLength } from "../score/flipCodeLength.js";
import { choiceLength, log2Binomial } from "../score/integerLength.js";
import { posterior } from "../score/posterior.js";
import {
  concatProgram,
  counterProgram,
  ecaProgram,
  literalProgram,
  machineProgram,
  morphismProgram,
  progressionProgram,
  repeatProgram,
  type SequenceProgram,
  smallMachineOutputs,
  unaryCounterProgram,
} from "./sequencePrograms.js";

export interface SequenceSearchOptions {
  /** Alphabet size (default: largest symbol + 1, at least 2). */
  readonly symbols?: number;
  /** 1 = a cell the mechanism need not explain (dropped by causal correction). */
  readonly mask?: Uint8Array;
  /** Most programs run (deterministic budget). */
  readonly maxPrograms?: number;
  /** Try concatenations of two halves. */
  readonly concat?: boolean;
  /** Programs tried first (e.g. the last generation's), to tighten the bound. */
  readonly hints?: readonly SequenceProgram[];
}

export interface SequenceMatch {
  readonly program: SequenceProgram;
  readonly total: number;
  readonly mismatches: number;
}

export interface SequenceSearchResult {
  readonly best: SequenceMatch;
  readonly literalLength: number;
  readonly reproduces: boolean;
  readonly posterior: readonly { text: string; length: number; posterior: number }[];
  readonly programsRun: number;
}

function words(length: number, symbols: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const total = symbols ** length;
  for (let x = 0; x < total; x++) {
    const w = new Uint8Array(length);
    let v = x;
    for (let i = length - 1; i >= 0; i--) {
      w[i] = v % symbols;
      v = Math.floor(v / symbols);
    }
    out.push(w);
  }
  return out;
}

/** Every candidate program for a target of length n over `symbols`, in no particular order. */
export function sequenceCandidates(s: Uint8Array, symbols: number, mask?: Uint8Array): SequenceProgram[] {
  const n = s.length;
  const out: SequenceProgram[] = [literalProgram(s, symbols)];
  for (let p = 1; p <= Math.min(n - 1, 64); p++) {
    const votes = new Float64Array(p * symbols);
    for (let i = 0; i < n; i++) if (!mask || mask[i] === 0) votes[(i % p) * symbols + s[i]!]! += 1;
    const block = new Uint8Array(p);
    for (let j = 0; j < p; j++) {
      let best = 0;
      for (let a = 1; a < symbols; a++) if (votes[j * symbols + a]! > votes[j * symbols + best]!) best = a;
      block[j] = best;
    }
    out.push(repeatProgram(block, symbols, n));
  }
  for (let a = 0; a < symbols; a++)
    for (let b = 1; b < symbols; b++) out.push(progressionProgram(a, b, symbols, n));
  if (symbols <= 3) {
    const maxImage = symbols === 2 ? 3 : 2;
    const images: Uint8Array[] = [];
    for (let len = 1; len <= maxImage; len++) images.push(...words(len, symbols));
    const choose = (k: number, acc: Uint8Array[]) => {
      if (k === symbols) {
        if (acc.some((w) => w.length > 1))
          for (let start = 0; start < symbols; start++)
            out.push(morphismProgram([...acc], start, symbols, n));
        return;
      }
      for (const w of images) choose(k + 1, [...acc, w]);
    };
    choose(0, []);
  }
  if (symbols === 2) {
    out.push(counterProgram(n), unaryCounterProgram(n));
    for (let rule = 0; rule < 256; rule++) out.push(ecaProgram(rule, n));
    const tm = smallMachineOutputs().get(Array.from(s).join(""));
    if (tm) out.push(machineProgram(Array.from(s).join(""), tm.states, tm.index));
  }
  return out;
}

/** The shortest two-part code of `input` over every program space (never throws on a valid sequence). */
export function searchSequence(
  input: ArrayLike<number>,
  options: SequenceSearchOptions = {},
): SequenceSearchResult {
  const n = input.length;
  if (n === 0) throw inputError("sequence", "", "a non-empty sequence of symbols 0..k-1");
  const s = new Uint8Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const v = input[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 15) throw inputError(`sequence[${i}]`, v, "a symbol 0..15");
    s[i] = v;
    if (v > top) top = v;
  }
  const symbols = options.symbols ?? Math.max(2, top + 1);
  if (top >= symbols) throw inputError("symbols", symbols, `more than the largest symbol ${top}`);
  const mask = options.mask;
  let masked = 0;
  if (mask) for (let i = 0; i < n; i++) masked += mask[i] ? 1 : 0;
  const free = n - masked;
  const maskBits = masked > 0 ? log2Binomial(n, masked) + masked * choiceLength(symbols) : 0;
  const dataBits = (d: number) => flipCodeLength(free, d, symbols) + maskBits;

  const candidates = [...(options.hints ?? []), ...sequenceCandidates(s, symbols, mask)];
  if ((options.concat ?? true) && n >= 16) {
    const h = Math.floor(n / 2);
    const left = searchSequence(s.subarray(0, h), { symbols, concat: false, maxPrograms: 2000 });
    const right = searchSequence(s.subarray(h), { symbols, concat: false, maxPrograms: 2000 });
    candidates.push(concatProgram(left.best.program, right.best.program, h));
  }
  // Levin order: shortest program first (stable: the listed order breaks ties).
  const order = candidates.map((p, i) => ({ p, i })).sort((a, b) => a.p.length - b.p.length || a.i - b.i);
  const limit = options.maxPrograms ?? 100_000;
  const scored: { item: SequenceMatch; length: number }[] = [];
  let best: SequenceMatch | null = null;
  let run = 0;
  for (const { p } of order) {
    if (run >= limit) break;
    if (best !== null && p.length + dataBits(0) >= best.total) break;
    // The most mismatches that could still beat the best code so far.
    let bound = free;
    if (best !== null) {
      bound = 0;
      while (bound < free && p.length + dataBits(bound + 1) < best.total) bound++;
    }
    run++;
    const out = p.run(n, s, bound, mask);
    if (out === null || out.length !== n) continue;
    let d = 0;
    for (let i = 0; i < n; i++) if ((!mask || mask[i] === 0) && out[i] !== s[i]) d++;
    const total = p.length + dataBits(d);
    const match = { program: p, total, mismatches: d };
    scored.push({ item: match, length: total });
    if (best === null || total < best.total) best = match;
  }
  const literal = literalProgram(s, symbols);
  const literalLength = literal.length + dataBits(0);
  const winner = best ?? { program: literal, total: literalLength, mismatches: 0 };
  const weighted = posterior(scored).slice(0, 8);
  return {
    best: winner,
    literalLength,
    reproduces: winner.mismatches === 0,
    posterior: weighted.map((w) => ({ text: w.item.program.text, length: w.length, posterior: w.posterior })),
    programsRun: run,
  };
}
