// Exact elimination over all 256 ECA rules with a CTM prior on the rule table and a bit-flip noise code (Wolfram 2002; Zenil et al. 2019, Nat. Mach. Intell. 1, causal deconvolution).
import { loadCtmTable } from "../../complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../complexity/ctm/ctmLookup.js";
import { inputError } from "../../core/errors.js";
import { flipCodeLength } from "../score/flipCodeLength.js";
import { choiceLength } from "../score/integerLength.js";
import { posterior } from "../score/posterior.js";
import { ecaFilterLength } from "./ecaFilterLength.js";
import { ECA_BOUNDARIES, type EcaBoundary } from "./runEca.js";

/** Flip rates the filter code tries (3 bits to name one), and how many of the best count-scored rules it rescores. */
const FLIP_GRID = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2] as const;
const RESCORED = 32;

export interface EcaIdentification {
  readonly rule: number;
  readonly boundary: EcaBoundary;
  /** Rules that reproduce every observed transition exactly (any boundary among those consistent). */
  readonly consistentRules: readonly number[];
  /** Bits: the rule (CTM of its 8-bit table), the boundary, and the flipped cells. */
  readonly descriptionLength: number;
  readonly mismatches: number;
  /** The most probable rules with posterior weights. */
  readonly posterior: readonly { rule: number; boundary: EcaBoundary; length: number; posterior: number }[];
  /** Neighbourhoods (0..7) never observed: the rule bits the data do not determine. */
  readonly unobserved: readonly number[];
}

/** Bits of a rule by the algorithmic probability of its table (8 bits, 111 first) in the project's D(5,2). */
export function ecaRuleLength(rule: number): number {
  const text = rule.toString(2).padStart(8, "0");
  const k = ctmLookup(loadCtmTable("d5"), text).K;
  return k ?? 8 + 16;
}

/** counts[b][nb * 2 + out]: how often neighbourhood nb was followed by `out` under boundary b. */
function countTransitions(rows: readonly Uint8Array[]): Record<EcaBoundary, Float64Array> {
  const out = {} as Record<EcaBoundary, Float64Array>;
  for (const b of ECA_BOUNDARIES) {
    const c = new Float64Array(16);
    const edge = b === "one" ? 1 : 0;
    for (let t = 0; t + 1 < rows.length; t++) {
      const row = rows[t]!;
      const nxt = rows[t + 1]!;
      const w = row.length;
      for (let i = 0; i < w; i++) {
        const l = i > 0 ? row[i - 1]! : b === "cyclic" ? row[w - 1]! : edge;
        const r = i < w - 1 ? row[i + 1]! : b === "cyclic" ? row[0]! : edge;
        c[(((l << 2) | (row[i]! << 1) | r) << 1) | nxt[i]!]! += 1;
      }
    }
    out[b] = c;
  }
  return out;
}

/** Checks a diagram: at least two rows, all of one width, cells 0 or 1. */
export function checkDiagram(rows: readonly ArrayLike<number>[], path = "diagram"): Uint8Array[] {
  if (rows.length < 2) throw inputError(path, rows.length, "at least two rows (time steps) of 0/1 cells");
  const w = rows[0]!.length;
  if (w < 1) throw inputError(`${path}[0]`, "", "a non-empty row of 0/1 cells");
  return rows.map((row, t) => {
    if (row.length !== w) throw inputError(`${path}[${t}]`, row.length, `a row of ${w} cells like the first`);
    const out = Uint8Array.from(row as ArrayLike<number>);
    for (let i = 0; i < out.length; i++)
      if (row[i] !== 0 && row[i] !== 1) throw inputError(`${path}[${t}][${i}]`, row[i], "0 or 1");
    return out;
  });
}

/** The MAP rule and boundary of a diagram (rows oldest first) over all 256 rules x 3 boundaries. */
export function identifyEca(input: readonly ArrayLike<number>[]): EcaIdentification {
  const rows = checkDiagram(input);
  const counts = countTransitions(rows);
  const cells = (rows.length - 1) * rows[0]!.length;
  const scored: { item: { rule: number; boundary: EcaBoundary; mismatches: number }; length: number }[] = [];
  const consistent = new Set<number>();
  for (let rule = 0; rule < 256; rule++) {
    const prior = ecaRuleLength(rule) + choiceLength(ECA_BOUNDARIES.length);
    for (const boundary of ECA_BOUNDARIES) {
      const c = counts[boundary];
      let mismatches = 0;
      for (let nb = 0; nb < 8; nb++) mismatches += c[(nb << 1) | (1 - ((rule >> nb) & 1))]!;
      if (mismatches === 0) consistent.add(rule);
      scored.push({
        item: { rule, boundary, mismatches },
        length: prior + flipCodeLength(cells, mismatches),
      });
    }
  }
  // Ties (equal bits): the boundary listed first, then the smaller rule number.
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    a.length - b.length ||
    ECA_BOUNDARIES.indexOf(a.item.boundary) - ECA_BOUNDARIES.indexOf(b.item.boundary) ||
    a.item.rule - b.item.rule;
  scored.sort(order);
  // Noisy data: the count code above charges every flipped input cell up to three wrong transitions, so a rare
  // neighbourhood can be outvoted by flips of a common one. The best candidates are rescored by the filter code
  // (flips of input and output cells both explained), keeping whichever code is shorter (+1 bit to say which).
  if (scored[0]!.item.mismatches > 0) {
    for (const s of scored.slice(0, RESCORED)) {
      const prior = ecaRuleLength(s.item.rule) + choiceLength(ECA_BOUNDARIES.length);
      let best = s.length - prior;
      for (const flip of FLIP_GRID)
        best = Math.min(
          best,
          choiceLength(FLIP_GRID.length) + ecaFilterLength(s.item.rule, rows, s.item.boundary, flip, best),
        );
      s.length = prior + 1 + best;
    }
    for (const s of scored.slice(RESCORED)) s.length += 1;
    scored.sort(order);
  }
  const weighted = posterior(scored);
  const best = weighted[0]!;
  const c = counts[best.item.boundary];
  const unobserved = [];
  for (let nb = 0; nb < 8; nb++) if (c[nb << 1]! + c[(nb << 1) | 1]! === 0) unobserved.push(nb);
  return {
    rule: best.item.rule,
    boundary: best.item.boundary,
    consistentRules: [...consistent].sort((a, b) => a - b),
    descriptionLength: best.length,
    mismatches: best.item.mismatches,
    posterior: weighted.slice(0, 8).map((w) => ({
      rule: w.item.rule,
      boundary: w.item.boundary,
      length: w.length,
      posterior: w.posterior,
    })),
    unobserved,
  };
}
