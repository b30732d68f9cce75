// The three-part update for sequences: symbolic projection (MAP program), causal correction by perturbation analysis, then the residual noise (Zenil et al. 2019, Nat. Mach. Intell. 1, causal deconvolution; Zenil arXiv 2601.05280).
import { loadCtmTable } from "../../complexity/ctm/builtinTables.js";
import { perturbation1d } from "../../complexity/perturbation/perturbation1d.js";
import { searchSequence } from "../sequences/searchSequence.js";
import type { SequenceProgram } from "../sequences/sequencePrograms.js";

/** A fitted mechanism: the program's text and bits, its noise-free output, and the fitted substitution rate. */
export interface SequenceMechanism {
  readonly text: string;
  readonly length: number;
  readonly output: Uint8Array;
  readonly flip: number;
  /** Cells the causal correction dropped before the refit. */
  readonly dropped: number;
}

/** A program that replays a known output (the last generation's mechanism, tried first as a hint). */
export function replayProgram(m: { text: string; length: number; output: Uint8Array }): SequenceProgram {
  return {
    space: "hint",
    text: m.text,
    length: m.length,
    run: (n) => (n === m.output.length ? Uint8Array.from(m.output) : null),
  };
}

/**
 * Projection: the shortest two-part code. Correction: cells that disagree with the program and whose change lowers
 * BDM (they add information the mechanism does not explain) are dropped, and the program is searched again without
 * them. Noise: the substitution rate of the refitted program on every cell.
 */
export function sequenceUpdate(
  data: Uint8Array,
  previous: { text: string; length: number; output: Uint8Array } | null,
  correction: boolean,
): SequenceMechanism {
  const hints = previous && previous.output.length === data.length ? [replayProgram(previous)] : [];
  let fit = searchSequence(data, { symbols: 2, hints });
  let dropped = 0;
  if (correction && fit.best.mismatches > 0 && data.length >= 12) {
    const out = fit.best.program.run(data.length);
    if (out) {
      const p = perturbation1d(data, loadCtmTable("d5"));
      const mask = new Uint8Array(data.length);
      for (let i = 0; i < data.length; i++) {
        if (out[i] !== data[i] && p.delta[i]! < 0) {
          mask[i] = 1;
          dropped++;
        }
      }
      if (dropped > 0) fit = searchSequence(data, { symbols: 2, hints, mask });
    }
  }
  const output = fit.best.program.run(data.length) ?? Uint8Array.from(data);
  let d = 0;
  for (let i = 0; i < data.length; i++) if (output[i] !== data[i]) d++;
  return {
    text: fit.best.program.text,
    length: fit.best.program.length,
    output,
    flip: d / data.length,
    dropped,
  };
}
