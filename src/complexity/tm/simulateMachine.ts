// Plain one-machine simulator, the slow reference for the tree enumeration (docs/ctm.md "One step", "Output").
import { decodeTransition } from "./decodeTransition.js";
import type { TmSpace } from "./tmSpace.js";

/**
 * Runs one machine (entries[state * k + symbol] = encoded transition) on a blank-0 tape from state 0 at cell 0.
 * Returns the visited cells min..max as a digit string when the halting transition fires within maxSteps steps
 * (the halting step counted), otherwise null.
 */
export function simulateMachine(space: TmSpace, entries: ArrayLike<number>): string | null {
  const k = space.symbols;
  const width = 2 * space.maxSteps + 3;
  const origin = space.maxSteps + 1;
  const tape = new Uint8Array(width);
  let pos = origin;
  let lo = origin;
  let hi = origin;
  let state = 0;
  for (let step = 1; step <= space.maxSteps; step++) {
    const t = decodeTransition(space, entries[state * k + tape[pos]!]!);
    tape[pos] = t.write;
    if (t.next < 0) {
      let out = "";
      for (let i = lo; i <= hi; i++) out += String(tape[i]);
      return out;
    }
    state = t.next;
    pos += t.move;
    if (pos < lo) lo = pos;
    if (pos > hi) hi = pos;
  }
  return null;
}
