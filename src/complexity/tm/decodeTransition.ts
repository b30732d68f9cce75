// Transition encoding of the Busy Beaver formalism (Soler-Toscano et al. 2014, section 2; docs/ctm.md "Machines").
import type { TmSpace } from "./tmSpace.js";

/** One decoded transition entry; next = -1 means halt (write, then stop without moving). */
export interface Transition {
  readonly write: number;
  readonly move: -1 | 0 | 1;
  readonly next: number;
}

/**
 * Entry value v in 0..k(2n+1)-1: v < k is "write v and halt"; otherwise v - k = ((next * 2) + dir) * k + write,
 * dir 0 = right, 1 = left.
 */
export function decodeTransition(space: TmSpace, value: number): Transition {
  const k = space.symbols;
  if (value < k) return { write: value, move: 0, next: -1 };
  const rest = value - k;
  const write = rest % k;
  const dir = Math.floor(rest / k) % 2;
  const next = Math.floor(rest / (2 * k));
  return { write, move: dir === 0 ? 1 : -1, next };
}
