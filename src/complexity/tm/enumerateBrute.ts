// Machine-by-machine enumeration of a whole space: the obviously correct reference (docs/ctm.md "Differential tests").

import { simulateMachine } from "./simulateMachine.js";
import { entryOptions, type TmSpace } from "./tmSpace.js";

/** Blank-0 output counts c(s) over every machine of the space, by running each one. */
export function enumerateBrute(space: TmSpace): Map<string, number> {
  const entries = space.states * space.symbols;
  const options = entryOptions(space);
  const total = options ** entries;
  if (total > 50_000_000)
    throw new RangeError(`brute force over ${total} machines is too slow for a reference`);
  const table = new Int32Array(entries);
  const counts = new Map<string, number>();
  for (let m = 0; m < total; m++) {
    let rest = m;
    for (let e = 0; e < entries; e++) {
      table[e] = rest % options;
      rest = Math.floor(rest / options);
    }
    const out = simulateMachine(space, table);
    if (out !== null) counts.set(out, (counts.get(out) ?? 0) + 1);
  }
  return counts;
}
