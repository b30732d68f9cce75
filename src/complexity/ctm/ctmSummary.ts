// The JSON summary of a built table (contract "Algorithmic probability": ouro ctm build --json).
import type { CtmCounts } from "../tm/ctmCounts.js";

export interface CtmBuildSummary {
  readonly states: number;
  readonly symbols: number;
  readonly machines: number;
  readonly halting: number;
  readonly nonhalting: number;
  /** Distinct strings after completion over all blank symbols (the published tables' count). */
  readonly strings: number;
  /** Distinct strings on the blank-0 tape. */
  readonly strings_blank0: number;
  readonly longest: number;
  readonly max_steps: number;
  readonly nodes: number;
  readonly seconds: number;
}

function relabel(text: string, b: number): string {
  let out = "";
  for (const ch of text) out += ch === "0" ? String(b) : ch === String(b) ? "0" : ch;
  return out;
}

export function ctmSummary(result: CtmCounts): CtmBuildSummary {
  const all = new Set<string>();
  for (const s of result.counts.keys()) for (let b = 0; b < result.space.symbols; b++) all.add(relabel(s, b));
  let longest = 0;
  for (const s of all) longest = Math.max(longest, s.length);
  return {
    states: result.space.states,
    symbols: result.space.symbols,
    machines: Number(result.machines),
    halting: Number(result.halting),
    nonhalting: Number(result.machines - result.halting),
    strings: all.size,
    strings_blank0: result.counts.size,
    longest,
    max_steps: result.space.maxSteps,
    nodes: result.nodes,
    seconds: result.seconds,
  };
}
