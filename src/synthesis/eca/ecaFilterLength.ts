// Prequential code of a noisy ECA diagram by a forward filter over the clean cells (Rissanen 1984 predictive MDL; Zenil et al. 2019, causal deconvolution): each row is predicted from the previous row's posterior, not its observed cells, so flipped inputs are explained by the noise.
import type { EcaBoundary } from "./runEca.js";

/**
 * Bits of rows 1.. of a diagram whose cells were each flipped with probability `flip` (row 0 included), under `rule`:
 * -sum log2 P(observed cell | rows before). The clean cells are tracked by mean-field marginals: P(clean = 1) for
 * every cell of the previous row, pushed through the rule (8 neighbourhoods, product of marginals) to predict the
 * next clean row, then updated by Bayes with the observed row. Stops early (returns Infinity) once above `bound`.
 */
export function ecaFilterLength(
  rule: number,
  rows: readonly Uint8Array[],
  boundary: EcaBoundary,
  flip: number,
  bound = Number.POSITIVE_INFINITY,
): number {
  const w = rows[0]!.length;
  let q = Float64Array.from(rows[0]!, (v) => (v ? 1 - flip : flip));
  let next = new Float64Array(w);
  const edge = boundary === "one" ? 1 : 0;
  const bits = Float64Array.from({ length: 8 }, (_, nb) => (rule >> nb) & 1);
  let total = 0;
  for (let t = 1; t < rows.length; t++) {
    const obs = rows[t]!;
    for (let i = 0; i < w; i++) {
      const l = i > 0 ? q[i - 1]! : boundary === "cyclic" ? q[w - 1]! : edge;
      const c = q[i]!;
      const r = i < w - 1 ? q[i + 1]! : boundary === "cyclic" ? q[0]! : edge;
      const l0 = 1 - l;
      const c0 = 1 - c;
      const r0 = 1 - r;
      const pred =
        l0 * (c0 * (r0 * bits[0]! + r * bits[1]!) + c * (r0 * bits[2]! + r * bits[3]!)) +
        l * (c0 * (r0 * bits[4]! + r * bits[5]!) + c * (r0 * bits[6]! + r * bits[7]!));
      // P(observed | clean = 1) and P(observed | clean = 0).
      const like1 = obs[i] ? 1 - flip : flip;
      const like0 = obs[i] ? flip : 1 - flip;
      const p = pred * like1 + (1 - pred) * like0;
      total -= Math.log2(p);
      next[i] = p > 0 ? (pred * like1) / p : obs[i]!;
    }
    if (total > bound) return Number.POSITIVE_INFINITY;
    [q, next] = [next, q];
  }
  return total;
}
