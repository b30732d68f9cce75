// One GRU step and the softmax output in plain JavaScript (Cho et al. 2014, eq. 5-8), for scoring and sampling.
import type { GruWeights } from "./gruWeights.js";

/** h <- GRU(h, input) in place (scratch holds 3H), then probs <- softmax(h Wo + bo). */
export function gruStep(
  w: GruWeights,
  h: Float64Array,
  input: number,
  scratch: Float64Array,
  probs: Float64Array,
): void {
  const H = w.hidden;
  const H3 = 3 * H;
  const V = w.vocabulary;
  const row = input * H3;
  for (let j = 0; j < H3; j++) scratch[j] = w.wx[row + j]! + w.b[j]!;
  // z and r use h U; the candidate uses (r * h) U, so it is added after r is known.
  for (let i = 0; i < H; i++) {
    const hi = h[i]!;
    if (hi === 0) continue;
    const base = i * H3;
    for (let j = 0; j < 2 * H; j++) scratch[j] = scratch[j]! + hi * w.u[base + j]!;
  }
  for (let j = 0; j < 2 * H; j++) scratch[j] = 1 / (1 + Math.exp(-scratch[j]!));
  for (let i = 0; i < H; i++) {
    const rh = scratch[H + i]! * h[i]!;
    if (rh === 0) continue;
    const base = i * H3 + 2 * H;
    for (let j = 0; j < H; j++) scratch[2 * H + j] = scratch[2 * H + j]! + rh * w.u[base + j]!;
  }
  for (let j = 0; j < H; j++) {
    const z = scratch[j]!;
    h[j] = (1 - z) * h[j]! + z * Math.tanh(scratch[2 * H + j]!);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < V; v++) probs[v] = w.bo[v]!;
  for (let i = 0; i < H; i++) {
    const hi = h[i]!;
    const base = i * V;
    for (let v = 0; v < V; v++) probs[v] = probs[v]! + hi * w.wo[base + v]!;
  }
  for (let v = 0; v < V; v++) if (probs[v]! > max) max = probs[v]!;
  let total = 0;
  for (let v = 0; v < V; v++) {
    const e = Math.exp(probs[v]! - max);
    probs[v] = e;
    total += e;
  }
  for (let v = 0; v < V; v++) probs[v] = probs[v]! / total;
}
