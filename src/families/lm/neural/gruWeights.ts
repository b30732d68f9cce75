// Weights of a one-layer GRU language model (Cho et al. 2014, eq. 5-8), gates ordered [update z | reset r | candidate],
// with a Glorot-uniform initialisation (Glorot & Bengio 2010) drawn from an Rng.
import type { Rng } from "../../../core/rng.js";

/** Input ids 0..V-1 are tokens and V is BOS; outputs are the V tokens. Row-major Float32Arrays. */
export interface GruWeights {
  readonly vocabulary: number;
  readonly hidden: number;
  /** (V + 1) x 3H: the input projection (one-hot rows). */
  readonly wx: Float32Array;
  /** H x 3H: the recurrent weights. */
  readonly u: Float32Array;
  /** 3H */
  readonly b: Float32Array;
  /** H x V: the output layer, and its bias (V). */
  readonly wo: Float32Array;
  readonly bo: Float32Array;
}

function glorot(rng: Rng, rows: number, cols: number): Float32Array {
  const limit = Math.sqrt(6 / (rows + cols));
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = (2 * rng.float() - 1) * limit;
  return out;
}

export function initGruWeights(rng: Rng, vocabulary: number, hidden: number): GruWeights {
  const H = hidden;
  return {
    vocabulary,
    hidden,
    wx: glorot(rng, vocabulary + 1, 3 * H),
    u: glorot(rng, H, 3 * H),
    b: new Float32Array(3 * H),
    wo: glorot(rng, H, vocabulary),
    bo: new Float32Array(vocabulary),
  };
}

const b64 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function unb64(text: unknown): Float32Array {
  if (typeof text !== "string") throw new TypeError("checkpoint: expected base64 float32 weights");
  const bytes = Buffer.from(text, "base64");
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Compact, exact checkpoint: base64 of the float32 bytes. */
export function encodeGruWeights(w: GruWeights): unknown {
  return {
    vocabulary: w.vocabulary,
    hidden: w.hidden,
    wx: b64(w.wx),
    u: b64(w.u),
    b: b64(w.b),
    wo: b64(w.wo),
    bo: b64(w.bo),
  };
}

export function decodeGruWeights(json: unknown): GruWeights {
  const v = json as Record<string, unknown>;
  return {
    vocabulary: Number(v.vocabulary),
    hidden: Number(v.hidden),
    wx: unb64(v.wx),
    u: unb64(v.u),
    b: unb64(v.b),
    wo: unb64(v.wo),
    bo: unb64(v.bo),
  };
}
