// The (n, k) Turing-machine space of the CTM papers (Soler-Toscano et al. 2014, PLoS ONE 9(5) e96223; docs/ctm.md).
import { inputError } from "../../core/errors.js";

/** One space of machines: n states plus a halting state, k symbols, runs cut off after maxSteps steps. */
export interface TmSpace {
  readonly states: number;
  readonly symbols: number;
  readonly maxSteps: number;
}

/** The runtime cut-offs of the published tables (Busy Beaver step counts for n <= 4, 500 for n = 5). */
const binaryCutoffs: Readonly<Record<number, number>> = { 1: 1, 2: 6, 3: 21, 4: 107, 5: 500 };

/** Cut-offs known to be exact for k > 2 (n = 1 halts on its first step or never; S(2,3) = 38). */
function defaultCutoff(states: number, symbols: number): number | undefined {
  if (symbols === 2) return binaryCutoffs[states];
  if (states === 1) return 1;
  if (states === 2 && symbols === 3) return 38;
  return undefined;
}

/** Options per transition entry: halt writing w (k), or write w, move L/R, go to one of n states (2kn). */
export function entryOptions(space: TmSpace): number {
  return space.symbols * (2 * space.states + 1);
}

/** The number of machines in the space, (k(2n+1))^(nk), exactly. */
export function machineCount(space: TmSpace): bigint {
  return BigInt(entryOptions(space)) ** BigInt(space.states * space.symbols);
}

/** Validates a space; counts must stay exact in doubles, so (k(2n+1))^(nk) must be below 2^53. */
export function tmSpace(states: number, symbols = 2, maxSteps?: number): TmSpace {
  if (!Number.isInteger(states) || states < 1 || states > 6) {
    throw inputError("states", states, "an integer from 1 to 6");
  }
  if (!Number.isInteger(symbols) || symbols < 2 || symbols > 4) {
    throw inputError("symbols", symbols, "2, 3 or 4");
  }
  const steps = maxSteps ?? defaultCutoff(states, symbols);
  if (steps === undefined) {
    throw inputError(
      "max-steps",
      maxSteps,
      `a positive integer (no default cut-off for (${states},${symbols}))`,
    );
  }
  if (!Number.isInteger(steps) || steps < 1 || steps > 100_000) {
    throw inputError("max-steps", steps, "an integer from 1 to 100000");
  }
  const space: TmSpace = { states, symbols, maxSteps: steps };
  if (machineCount(space) >= 2n ** 53n) {
    throw inputError(
      "states",
      states,
      `a space with fewer than 2^53 machines so that counts stay exact (${states},${symbols}) has ${machineCount(space)}`,
    );
  }
  return space;
}
