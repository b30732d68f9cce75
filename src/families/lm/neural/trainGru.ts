// Trains the GRU language model by backpropagation through time (Werbos 1990) with Adam (Kingma & Ba 2015), written out
// by hand on Float64Arrays: the same equations as gruStep (Cho et al. 2014). TensorFlow.js's CPU backend took seconds per
// minibatch for this model on this machine (tfjs-node does not install here), this takes milliseconds.
import type { Rng } from "../../../core/rng.js";
import type { GruWeights } from "./gruWeights.js";

export interface GruTraining {
  readonly steps: number;
  readonly batch: number;
  readonly learningRate: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const ADAM_EPS = 1e-8;
const CLIP = 5;

/**
 * `steps` Adam updates on minibatches of whole blocks (teacher forcing: input BOS, x_0 .. x_{L-2}; target x_0 .. x_{L-1};
 * loss the mean cross-entropy per token). Blocks are visited in an order shuffled by `rng`, reshuffled each pass.
 * Returns new weights (the start is not changed). Gradients are clipped elementwise to +-5; nothing throws.
 */
export function trainGru(
  start: GruWeights,
  tokens: Uint32Array,
  count: number,
  block: number,
  rng: Rng,
  options: GruTraining,
): GruWeights {
  const V = start.vocabulary;
  const H = start.hidden;
  const H3 = 3 * H;
  const L = block;
  const B = Math.min(options.batch, count);
  const params = [start.wx, start.u, start.b, start.wo, start.bo].map((a) => Float64Array.from(a));
  const [wx, u, b, wo, bo] = params as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const grads = params.map((p) => new Float64Array(p.length));
  const [gwx, gu, gb, gwo, gbo] = grads as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const m1 = params.map((p) => new Float64Array(p.length));
  const m2 = params.map((p) => new Float64Array(p.length));
  // Activations of one sequence: h (L + 1 rows, row 0 = 0), gates z, r, candidate c, and softmax outputs.
  const hs = new Float64Array((L + 1) * H);
  const zs = new Float64Array(L * H);
  const rs = new Float64Array(L * H);
  const cs = new Float64Array(L * H);
  const ps = new Float64Array(L * V);
  const inputs = new Uint32Array(L);
  const a = new Float64Array(H3);
  const dh = new Float64Array(H);
  const dhPrev = new Float64Array(H);
  const dA = new Float64Array(H3);
  const dRh = new Float64Array(H);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let cursor = count;
  const scale = 1 / (B * L);
  for (let step = 1; step <= options.steps; step++) {
    for (const g of grads) g.fill(0);
    for (let s = 0; s < B; s++) {
      if (cursor >= count) {
        for (let i = count - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
        }
        cursor = 0;
      }
      const base = order[cursor++]! * L;
      for (let t = 0; t < L; t++) inputs[t] = t === 0 ? V : tokens[base + t - 1]!;
      // Forward.
      for (let t = 0; t < L; t++) {
        const hp = t * H;
        const row = inputs[t]! * H3;
        for (let j = 0; j < H3; j++) a[j] = wx[row + j]! + b[j]!;
        for (let i = 0; i < H; i++) {
          const hi = hs[hp + i]!;
          if (hi === 0) continue;
          const ub = i * H3;
          for (let j = 0; j < 2 * H; j++) a[j] = a[j]! + hi * u[ub + j]!;
        }
        for (let j = 0; j < H; j++) {
          zs[t * H + j] = 1 / (1 + Math.exp(-a[j]!));
          rs[t * H + j] = 1 / (1 + Math.exp(-a[H + j]!));
        }
        for (let i = 0; i < H; i++) {
          const rh = rs[t * H + i]! * hs[hp + i]!;
          if (rh === 0) continue;
          const ub = i * H3 + 2 * H;
          for (let j = 0; j < H; j++) a[2 * H + j] = a[2 * H + j]! + rh * u[ub + j]!;
        }
        const hn = (t + 1) * H;
        for (let j = 0; j < H; j++) {
          const c = Math.tanh(a[2 * H + j]!);
          cs[t * H + j] = c;
          const z = zs[t * H + j]!;
          hs[hn + j] = (1 - z) * hs[hp + j]! + z * c;
        }
        const pb = t * V;
        let max = Number.NEGATIVE_INFINITY;
        for (let v = 0; v < V; v++) ps[pb + v] = bo[v]!;
        for (let i = 0; i < H; i++) {
          const hi = hs[hn + i]!;
          const ob = i * V;
          for (let v = 0; v < V; v++) ps[pb + v] = ps[pb + v]! + hi * wo[ob + v]!;
        }
        for (let v = 0; v < V; v++) if (ps[pb + v]! > max) max = ps[pb + v]!;
        let total = 0;
        for (let v = 0; v < V; v++) {
          const e = Math.exp(ps[pb + v]! - max);
          ps[pb + v] = e;
          total += e;
        }
        for (let v = 0; v < V; v++) ps[pb + v] = ps[pb + v]! / total;
      }
      // Backward through time.
      dh.fill(0);
      for (let t = L - 1; t >= 0; t--) {
        const pb = t * V;
        const target = tokens[base + t]!;
        const hn = (t + 1) * H;
        const hp = t * H;
        for (let v = 0; v < V; v++) {
          const d = (ps[pb + v]! - (v === target ? 1 : 0)) * scale;
          ps[pb + v] = d;
          gbo[v] = gbo[v]! + d;
        }
        for (let i = 0; i < H; i++) {
          const hi = hs[hn + i]!;
          const ob = i * V;
          let acc = 0;
          for (let v = 0; v < V; v++) {
            const d = ps[pb + v]!;
            gwo[ob + v] = gwo[ob + v]! + hi * d;
            acc += wo[ob + v]! * d;
          }
          dh[i] = dh[i]! + acc;
        }
        for (let j = 0; j < H; j++) {
          const z = zs[t * H + j]!;
          const c = cs[t * H + j]!;
          const hPrev = hs[hp + j]!;
          const d = dh[j]!;
          dA[j] = d * (c - hPrev) * z * (1 - z);
          dA[2 * H + j] = d * z * (1 - c * c);
          dhPrev[j] = d * (1 - z);
        }
        // Candidate: a_c = x_c + b_c + (r * h_prev) U_c.
        dRh.fill(0);
        for (let i = 0; i < H; i++) {
          const rh = rs[t * H + i]! * hs[hp + i]!;
          const ub = i * H3 + 2 * H;
          let acc = 0;
          for (let j = 0; j < H; j++) {
            const d = dA[2 * H + j]!;
            gu[ub + j] = gu[ub + j]! + rh * d;
            acc += u[ub + j]! * d;
          }
          dRh[i] = acc;
        }
        for (let i = 0; i < H; i++) {
          const r = rs[t * H + i]!;
          dA[H + i] = dRh[i]! * hs[hp + i]! * r * (1 - r);
          dhPrev[i] = dhPrev[i]! + dRh[i]! * r;
        }
        // Gates: a_zr = x_zr + b_zr + h_prev U_zr.
        for (let i = 0; i < H; i++) {
          const hi = hs[hp + i]!;
          const ub = i * H3;
          let acc = 0;
          for (let j = 0; j < 2 * H; j++) {
            const d = dA[j]!;
            gu[ub + j] = gu[ub + j]! + hi * d;
            acc += u[ub + j]! * d;
          }
          dhPrev[i] = dhPrev[i]! + acc;
        }
        const row = inputs[t]! * H3;
        for (let j = 0; j < H3; j++) {
          gwx[row + j] = gwx[row + j]! + dA[j]!;
          gb[j] = gb[j]! + dA[j]!;
        }
        dh.set(dhPrev);
      }
    }
    const c1 = 1 - BETA1 ** step;
    const c2 = 1 - BETA2 ** step;
    for (let k = 0; k < params.length; k++) {
      const p = params[k]!;
      const g = grads[k]!;
      const mk = m1[k]!;
      const vk = m2[k]!;
      for (let i = 0; i < p.length; i++) {
        const gi = Math.max(-CLIP, Math.min(CLIP, g[i]!));
        mk[i] = BETA1 * mk[i]! + (1 - BETA1) * gi;
        vk[i] = BETA2 * vk[i]! + (1 - BETA2) * gi * gi;
        p[i] = p[i]! - (options.learningRate * (mk[i]! / c1)) / (Math.sqrt(vk[i]! / c2) + ADAM_EPS);
      }
    }
  }
  return {
    vocabulary: V,
    hidden: H,
    wx: Float32Array.from(wx),
    u: Float32Array.from(u),
    b: Float32Array.from(b),
    wo: Float32Array.from(wo),
    bo: Float32Array.from(bo),
  };
}
