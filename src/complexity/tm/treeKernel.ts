// Tree enumeration of partial machines (docs/ctm.md "The tree enumeration"; ctm-formalism sketch after Soler-Toscano et al. 2014).
import { maxKeyWidth } from "./outputKey.js";
import { entryOptions, type TmSpace } from "./tmSpace.js";

/** Raw tree output: blank-0 counts of first-move-right machines (plus first-step halts), keyed by output key. */
export interface TreeCounts {
  /** Output key (see outputKey.ts) to count; counts are exact integers below 2^53. */
  readonly counts: Map<number, number>;
  /** Outputs too wide for a numeric key, by digit string. */
  readonly wide: Map<string, number>;
  /** Branch nodes visited (points where a run read an undefined entry). */
  nodes: number;
  /** Simulated steps of defined transitions. */
  steps: number;
}

/** How far to go: replay a prefix of choices, and/or stop at a depth and report each node there as a unit. */
export interface TreeRunOptions {
  /** Choice indices to follow from the root before enumerating (halting leaves above are not counted). */
  readonly prefix?: readonly number[];
  /** Depth at which to stop and emit the path instead of expanding (halting leaves above are counted). */
  readonly splitDepth?: number;
  readonly onUnit?: (prefix: readonly number[]) => void;
}

export function emptyTreeCounts(): TreeCounts {
  return { counts: new Map(), wide: new Map(), nodes: 0, steps: 0 };
}

/**
 * Enumerates the tree below the root (or below a prefix) into `out`. A choice at a branch node has index
 * ti * 2k + w * 2 + d over the targets ti (used states ascending, with the smallest unused state in its place),
 * written symbol w and direction d (0 right, 1 left); the root allows only right moves to states other than 0.
 */
export function runTree(space: TmSpace, options: TreeRunOptions, out: TreeCounts): void {
  const n = space.states;
  const k = space.symbols;
  const maxSteps = space.maxSteps;
  const nk = n * k;
  const powB = new Float64Array(nk + 1);
  powB[0] = 1;
  for (let i = 1; i <= nk; i++) powB[i] = powB[i - 1]! * entryOptions(space);
  const keyWidth = maxKeyWidth(k);
  const kPow = new Float64Array(keyWidth + 1);
  kPow[0] = 1;
  for (let i = 1; i <= keyWidth; i++) kPow[i] = kPow[i - 1]! * k;

  const tWrite = new Int8Array(nk);
  const tMove = new Int8Array(nk);
  const tNext = new Int8Array(nk).fill(-1);
  const origin = maxSteps + 2;
  const tape = new Uint8Array(2 * origin + 1);
  const jPos = new Int32Array(maxSteps + 4);
  const jOld = new Uint8Array(maxSteps + 4);
  let jLen = 0;
  const path = new Int32Array(nk + 1);
  const prefix = options.prefix ?? [];
  const prefixLen = prefix.length;
  const splitDepth = options.splitDepth ?? -1;
  const onUnit = options.onUnit;
  const counts = out.counts;
  let nodes = 0;
  let steps = 0;

  function addHalting(lo: number, hi: number, pos: number, m: number): void {
    const saved = tape[pos]!;
    tape[pos] = 0;
    if (hi - lo + 1 <= keyWidth) {
      let v = 1;
      for (let i = lo; i <= hi; i++) v = v * k + tape[i]!;
      const place = kPow[hi - pos]!;
      for (let s = 0; s < k; s++) {
        const key = v + s * place;
        counts.set(key, (counts.get(key) ?? 0) + m);
      }
    } else {
      for (let s = 0; s < k; s++) {
        tape[pos] = s;
        let text = "";
        for (let i = lo; i <= hi; i++) text += String(tape[i]);
        out.wide.set(text, (out.wide.get(text) ?? 0) + m);
      }
    }
    tape[pos] = saved;
  }

  function undoTo(mark: number): void {
    while (jLen > mark) {
      jLen--;
      tape[jPos[jLen]!] = jOld[jLen]!;
    }
  }

  // Runs defined transitions from a configuration until an undefined entry (branch), the cut-off or a proven loop.
  // fresh: states seen at the current run of consecutive moves into never-visited cells (a repeat means escape);
  // prevState/prevPos/quiet describe the previous step, for the two-step cycle that changes nothing.
  function explore(
    depth: number,
    state: number,
    pos: number,
    lo: number,
    hi: number,
    t: number,
    undef: number,
    mult: number,
    used: number,
    nUsed: number,
    fresh: number,
    prevState: number,
    prevPos: number,
    quiet: boolean,
  ): void {
    for (;;) {
      if (t >= maxSteps) return;
      const sym = tape[pos]!;
      const e = state * k + sym;
      const next = tNext[e]!;
      if (next < 0) {
        branch(depth, state, pos, lo, hi, t, undef, mult, used, nUsed, fresh, sym);
        return;
      }
      const w = tWrite[e]!;
      if (w !== sym) {
        jPos[jLen] = pos;
        jOld[jLen] = sym;
        jLen++;
        tape[pos] = w;
      }
      t++;
      steps++;
      const np = pos + tMove[e]!;
      const q = w === sym;
      if (q && quiet && next === prevState && np === prevPos) return;
      prevState = state;
      prevPos = pos;
      quiet = q;
      state = next;
      pos = np;
      if (np < lo || np > hi) {
        if (np < lo) lo = np;
        else hi = np;
        const bit = 1 << next;
        if ((fresh & bit) !== 0) return;
        fresh |= bit;
      } else {
        fresh = 0;
      }
    }
  }

  function branch(
    depth: number,
    state: number,
    pos: number,
    lo: number,
    hi: number,
    t: number,
    undef: number,
    mult: number,
    used: number,
    nUsed: number,
    fresh: number,
    sym: number,
  ): void {
    nodes++;
    const replay = depth < prefixLen;
    if (!replay && depth === splitDepth) {
      if (onUnit !== undefined) onUnit(Array.from(path.subarray(0, depth)));
      return;
    }
    const rem = undef - 1;
    if (!replay) addHalting(lo, hi, pos, mult * powB[rem]!);
    // A child starts at step t + 1 and needs one more step to halt; with no undefined entry left it never halts.
    if (rem === 0 || t + 2 > maxSteps) return;
    const e = state * k + sym;
    const root = t === 0;
    const unusedWeight = n - nUsed;
    let ti = 0;
    let sawUnused = false;
    for (let target = 0; target < n; target++) {
      const bit = 1 << target;
      const isUsed = (used & bit) !== 0;
      if (!isUsed) {
        if (sawUnused) continue;
        sawUnused = true;
      }
      const weight = isUsed ? 1 : unusedWeight;
      const base = ti * 2 * k;
      ti++;
      if (root && target === 0) continue;
      for (let w = 0; w < k; w++) {
        for (let d = 0; d < 2; d++) {
          if (root && d === 1) continue;
          const choice = base + w * 2 + d;
          if (replay && choice !== prefix[depth]) continue;
          path[depth] = choice;
          const mv = d === 0 ? 1 : -1;
          const np = pos + mv;
          let nFresh = 0;
          let nlo = lo;
          let nhi = hi;
          if (np < lo || np > hi) {
            if (np < lo) nlo = np;
            else nhi = np;
            if ((fresh & (1 << target)) !== 0) continue;
            nFresh = fresh | (1 << target);
          }
          tNext[e] = target;
          tWrite[e] = w;
          tMove[e] = mv;
          const mark = jLen;
          if (w !== sym) {
            jPos[jLen] = pos;
            jOld[jLen] = sym;
            jLen++;
            tape[pos] = w;
          }
          explore(
            depth + 1,
            target,
            np,
            nlo,
            nhi,
            t + 1,
            rem,
            mult * weight,
            used | bit,
            isUsed ? nUsed : nUsed + 1,
            nFresh,
            state,
            pos,
            w === sym,
          );
          undoTo(mark);
          tNext[e] = -1;
        }
      }
    }
  }

  explore(0, 0, origin, origin, origin, 0, nk, 1, 1, 1, 1, -1, -1, false);
  out.nodes += nodes;
  out.steps += steps;
}
