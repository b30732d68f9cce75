// The GRU LM (issue 5): hand-written BPTT against finite differences, learning lowers perplexity, exact checkpoints.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng.js";
import { DECODING_DEFAULTS } from "../../src/families/lm/decoding/decodingSchema.js";
import { gruStep } from "../../src/families/lm/neural/gruStep.js";
import {
  decodeGruWeights,
  encodeGruWeights,
  initGruWeights,
} from "../../src/families/lm/neural/gruWeights.js";
import { createNeuralLearner } from "../../src/families/lm/neural/neuralLearner.js";
import { trainGru } from "../../src/families/lm/neural/trainGru.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const V = 5;
const L = 6;

function loss(w: ReturnType<typeof initGruWeights>, tokens: Uint32Array, count: number): number {
  const h = new Float64Array(w.hidden);
  const scratch = new Float64Array(3 * w.hidden);
  const p = new Float64Array(V);
  let total = 0;
  for (let s = 0; s < count; s++) {
    h.fill(0);
    let input = V;
    for (let t = 0; t < L; t++) {
      gruStep(w, h, input, scratch, p);
      input = tokens[s * L + t]!;
      total -= Math.log(p[input]!);
    }
  }
  return total / (count * L);
}

describe("GRU language model", () => {
  it("one SGD-like Adam step moves each weight against the finite-difference gradient", () => {
    const rng = Rng.fromSeed(2);
    const tokens = Uint32Array.from({ length: 2 * L }, () => rng.int(V));
    const w = initGruWeights(rng, V, 4);
    const after = trainGru(w, tokens, 2, L, Rng.fromSeed(1), { steps: 1, batch: 2, learningRate: 1e-3 });
    // Adam's first step is -lr * sign(g) (up to eps): compare signs with central differences of the loss.
    let checked = 0;
    for (const key of ["wx", "u", "b", "wo", "bo"] as const) {
      for (let i = 0; i < w[key].length; i += 3) {
        const plus = { ...w, [key]: Float32Array.from(w[key]) };
        const minus = { ...w, [key]: Float32Array.from(w[key]) };
        plus[key][i] = plus[key][i]! + 1e-2;
        minus[key][i] = minus[key][i]! - 1e-2;
        const g = (loss(plus, tokens, 2) - loss(minus, tokens, 2)) / 2e-2;
        if (Math.abs(g) < 1e-3) continue;
        expect(Math.sign(after[key][i]! - w[key][i]!)).toBe(-Math.sign(g));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("training on real text lowers perplexity, and checkpoints are exact", () => {
    const spec = normaliseSpec({
      name: "neural-test",
      seed: 1,
      replicates: 1,
      generations: 2,
      truth: {
        family: "corpus",
        name: "moby-dick",
        tokenizer: "chars",
        block: 16,
        documents: 12,
        max_chars: 1500,
      },
      model: { family: "neural", hidden: 12, steps: 10, steps0: 60, batch: 16 },
      data: { n: 40, alpha: 0.5 },
    });
    const steps = [...runGenerations(spec)];
    const ppl0 = steps[0]!.record.metrics.ppl_real!.mean!;
    // A uniform guess over the characters would score V (about 40 here); training must beat it.
    expect(ppl0).toBeLessThan(0.8 * Number(steps[0]!.record.metrics.support!.mean));
    const again = [...runGenerations(spec)].map((s) => s.record);
    expect(again).toEqual(steps.map((s) => s.record));
    const w = initGruWeights(Rng.fromSeed(3), 7, 3);
    expect(decodeGruWeights(JSON.parse(JSON.stringify(encodeGruWeights(w))))).toEqual(w);
  });

  it("takes learning_rate0 for the generation-0 fit and learning_rate for every later one", () => {
    const options = {
      hidden: 4,
      steps: 3,
      steps0: 3,
      batch: 2,
      init: "fine-tune" as const,
      decoding: { ...DECODING_DEFAULTS },
      temperature: 1,
      block: L,
      vocabulary: V,
    };
    const tokens = Uint32Array.from({ length: 4 * L }, (_, i) => (i * 7) % V);
    const data = { tokens, count: 4, seed: 5 };
    const trained = (
      learningRate: number,
      learningRate0: number,
      previous: ReturnType<typeof initGruWeights> | null,
    ) => createNeuralLearner({ ...options, learningRate, learningRate0 }).fit(data, previous);
    const base = trained(0.01, 0.01, null);
    // Generation 0: only learning_rate0 matters.
    expect(trained(0.5, 0.01, null)).toEqual(base);
    expect(trained(0.01, 0.5, null)).not.toEqual(base);
    // Later generations: only learning_rate matters.
    expect(trained(0.01, 0.5, base)).toEqual(trained(0.01, 0.01, base));
    expect(trained(0.5, 0.01, base)).not.toEqual(trained(0.01, 0.01, base));
  });
});
