// Elementary cellular automata: rule 0..255 on a row of cells (Wolfram 1983, Rev. Mod. Phys. 55; A New Kind of Science 2002, ch. 2).

export type EcaBoundary = "cyclic" | "zero" | "one";
export const ECA_BOUNDARIES: readonly EcaBoundary[] = ["cyclic", "zero", "one"];

/** One step: cell i becomes bit (4 l + 2 c + r) of the rule. */
export function stepEca(rule: number, row: Uint8Array, boundary: EcaBoundary, out: Uint8Array): void {
  const w = row.length;
  const edge = boundary === "one" ? 1 : 0;
  for (let i = 0; i < w; i++) {
    const l = i > 0 ? row[i - 1]! : boundary === "cyclic" ? row[w - 1]! : edge;
    const r = i < w - 1 ? row[i + 1]! : boundary === "cyclic" ? row[0]! : edge;
    out[i] = (rule >> ((l << 2) | (row[i]! << 1) | r)) & 1;
  }
}

/** The diagram: `steps` rows after the initial one (rows[0] is the initial condition). */
export function runEca(
  rule: number,
  initial: Uint8Array,
  steps: number,
  boundary: EcaBoundary,
): Uint8Array[] {
  const rows = [Uint8Array.from(initial)];
  for (let t = 0; t < steps; t++) {
    const next = new Uint8Array(initial.length);
    stepEca(rule, rows[t]!, boundary, next);
    rows.push(next);
  }
  return rows;
}

/**
 * The centre column of a rule grown from a single 1 on an unbounded row of 0s: n cells (row 0 first). Only the light
 * cone is simulated; `maxMismatches` stops early (returns null) once more cells than that differ from `target`.
 */
export function ecaCentreColumn(
  rule: number,
  n: number,
  target?: Uint8Array,
  maxMismatches = Number.POSITIVE_INFINITY,
  mask?: Uint8Array,
): Uint8Array | null {
  const width = 2 * n + 3;
  let row = new Uint8Array(width);
  let next = new Uint8Array(width);
  const c = n + 1;
  row[c] = 1;
  const out = new Uint8Array(n);
  let mismatches = 0;
  // Cells outside the light cone are all equal to the background, which itself evolves (rule bit 0 and 7).
  for (let t = 0; t < n; t++) {
    out[t] = row[c]!;
    if (
      target &&
      (mask === undefined || mask[t] === 0) &&
      out[t] !== target[t] &&
      ++mismatches > maxMismatches
    )
      return null;
    const lo = Math.max(1, c - t - 1);
    const hi = Math.min(width - 2, c + t + 1);
    const bg = row[0]!;
    for (let i = lo; i <= hi; i++)
      next[i] = (rule >> ((row[i - 1]! << 2) | (row[i]! << 1) | row[i + 1]!)) & 1;
    const nb = (rule >> ((bg << 2) | (bg << 1) | bg)) & 1;
    for (let i = 0; i < lo; i++) next[i] = nb;
    for (let i = hi + 1; i < width; i++) next[i] = nb;
    [row, next] = [next, row];
  }
  return out;
}
