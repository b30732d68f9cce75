// n-gram LMs (issue 5): proper distributions, exact sampling, MLE collapse on a tiny slice of Moby Dick, determinism.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng.js";
import { corpusSchema } from "../../src/families/lm/corpus/corpusSchema.js";
import { loadCorpus } from "../../src/families/lm/corpus/loadCorpus.js";
import { createCandidates } from "../../src/families/lm/decoding/shapeCandidates.js";
import { buildNgramCounts } from "../../src/families/lm/ngram/ngramCounts.js";
import {
  contextNodes,
  type NgramLm,
  ngramCandidates,
  ngramProbability,
  type Smoothing,
  sampleNgramToken,
} from "../../src/families/lm/ngram/ngramLm.js";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const slice = { name: "moby-dick", tokenizer: "words", block: 16, documents: 12, max_chars: 3000 } as const;
const tiny = { family: "corpus", ...slice };

function tinySpec(model: Record<string, unknown>, data: Record<string, unknown> = {}, extra = {}) {
  const corpus = loadCorpus(corpusSchema.parse(slice));
  return normaliseSpec({
    name: "lm-test",
    seed: 3,
    replicates: 3,
    generations: 6,
    truth: tiny,
    model: { family: "ngram", ...model },
    data: { n: corpus.train.length / corpus.block, ...data },
    ...extra,
  });
}

function records(spec: ReturnType<typeof normaliseSpec>) {
  return [...runGenerations(spec)].map((s) => s.record);
}

/** A small model over V = 6 from a fixed token stream. */
function smallLm(smoothing: Smoothing, order: number): NgramLm {
  const rng = Rng.fromSeed(11);
  const block = 10;
  const data = new Uint32Array(40 * block);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(5, Math.floor(-Math.log(rng.floatOpen()) * 1.5));
  return { counts: buildNgramCounts(data, 40, block, order, 6), smoothing, k: 0.5 };
}

describe("n-gram probabilities", () => {
  for (const smoothing of ["mle", "add-k", "kneser-ney"] as const) {
    for (const order of [1, 2, 3, 5]) {
      it(`${smoothing} order ${order}: candidates and pointwise probabilities agree and sum to 1`, () => {
        const lm = smallLm(smoothing, order);
        const rng = Rng.fromSeed(5);
        const nodes = new Int32Array(order);
        const c = createCandidates(6);
        for (let trial = 0; trial < 30; trial++) {
          const sequence = Uint32Array.from({ length: 6 }, () => rng.int(6));
          const length = rng.int(7);
          const m = contextNodes(lm, sequence, length, nodes);
          ngramCandidates(lm, nodes, m, c);
          let sum = 0;
          for (let j = 0; j < c.size; j++) {
            sum += c.probs[j]!;
            expect(c.probs[j]).toBeCloseTo(ngramProbability(lm, nodes, m, c.ids[j]!), 12);
          }
          expect(sum).toBeCloseTo(1, 12);
        }
      });
    }
  }

  it("Kneser-Ney gives every token positive probability; MLE gives unseen continuations 0", () => {
    const kn = smallLm("kneser-ney", 3);
    const mle = smallLm("mle", 3);
    const nodes = new Int32Array(3);
    const sequence = Uint32Array.from([5, 5, 5]);
    const m = contextNodes(kn, sequence, 3, nodes);
    for (let w = 0; w < 6; w++) expect(ngramProbability(kn, nodes, m, w)).toBeGreaterThan(0);
    const mm = contextNodes(mle, sequence, 3, nodes);
    const c = createCandidates(6);
    ngramCandidates(mle, nodes, mm, c);
    expect(c.size).toBeLessThanOrEqual(6);
  });

  for (const smoothing of ["mle", "add-k", "kneser-ney"] as const) {
    it(`${smoothing}: the sampling fast path draws from the model's distribution (4 SE per token)`, () => {
      const lm = smallLm(smoothing, 3);
      const nodes = new Int32Array(3);
      const sequence = Uint32Array.from([1, 0]);
      const m = contextNodes(lm, sequence, 2, nodes);
      const rng = Rng.fromSeed(9);
      const N = 40000;
      const hits = new Float64Array(6);
      for (let i = 0; i < N; i++) hits[sampleNgramToken(lm, rng, nodes, m)]! += 1;
      for (let w = 0; w < 6; w++) {
        const p = ngramProbability(lm, nodes, m, w);
        const se = Math.sqrt((p * (1 - p)) / N);
        expect(Math.abs(hits[w]! / N - p)).toBeLessThanOrEqual(4 * se + 1e-12);
      }
    });
  }
});

describe("n-gram LMs in the loop", () => {
  it("MLE, alpha = 0: vocabulary survival never rises and rare words go first", () => {
    const rs = records(tinySpec({ order: 2, smoothing: "mle" }));
    const survival = rs.map((r) => r.metrics.vocab_survival!.mean!);
    expect(survival[0]).toBe(1);
    expect(survival[1]).toBe(1);
    for (let t = 1; t < survival.length; t++) expect(survival[t]).toBeLessThanOrEqual(survival[t - 1]!);
    expect(survival.at(-1)).toBeLessThan(0.9);
    const last = rs.at(-1)!.metrics;
    expect(last.survival_c1!.mean!).toBeLessThan(last.survival_c5_8!.mean!);
    expect(last.ppl_real!.mean!).toBeGreaterThan(rs[1]!.metrics.ppl_real!.mean!);
  });

  it("generation 1 (the whole training split) is the generation-0 model", () => {
    const rs = records(tinySpec({ order: 3, smoothing: "kneser-ney" }));
    for (const name of ["ppl_real", "entropy", "distinct_2", "ppl0_median"]) {
      expect(rs[1]!.metrics[name]!.mean).toBeCloseTo(rs[0]!.metrics[name]!.mean!, 10);
    }
  });

  it("the same seed gives the same record; another seed another", () => {
    const a = records(tinySpec({ order: 2, smoothing: "kneser-ney" }, { alpha: 0.1 }));
    const b = records(tinySpec({ order: 2, smoothing: "kneser-ney" }, { alpha: 0.1 }));
    const c = records(tinySpec({ order: 2, smoothing: "kneser-ney" }, { alpha: 0.1 }, { seed: 4 }));
    expect(b).toEqual(a);
    expect(c.at(-1)!.metrics.ppl_real!.mean).not.toBe(a.at(-1)!.metrics.ppl_real!.mean);
  });

  it("resuming from a checkpoint gives the uninterrupted run, in every regime", () => {
    for (const regime of ["replace", "accumulate", "accumulate-subsample", "fixed-real"]) {
      const spec = tinySpec(
        { order: 2, smoothing: "add-k", k: 0.1 },
        { regime, alpha: regime === "fixed-real" ? 0 : 0.2 },
      );
      const full = [];
      let checkpoint: unknown;
      for (const step of runGenerations(spec)) {
        if (step.record.t === 3) checkpoint = JSON.parse(JSON.stringify(step.checkpoint));
        full.push(step.record);
      }
      const resumed = [...runGenerations(spec, { checkpoint: checkpoint as never })].map((s) => s.record);
      expect(resumed).toEqual(full.slice(4));
    }
  });

  it("decoding options are honoured: greedy, top-k 1 and beam width 1 agree; a repetition penalty repeats less", () => {
    const last = (decoding: Record<string, unknown>, temperature = 1) =>
      records(
        tinySpec(
          { order: 2, smoothing: "mle", decoding },
          { alpha: 0 },
          { generations: 2, sampling: { temperature } },
        ),
      ).at(-1)!.metrics;
    const greedy = last({ strategy: "greedy", prompt: 2 });
    expect(last({ top_k: 1, prompt: 2 })).toEqual(greedy);
    expect(last({ strategy: "beam", beam_width: 1, prompt: 2 })).toEqual(greedy);
    const beam = last({ strategy: "beam", beam_width: 3, prompt: 2 });
    expect(beam.distinct_1!.mean).toBeGreaterThan(0);
    expect(beam).not.toEqual(greedy);
    const plain = last({});
    const penalised = last({ repetition_penalty: 3 });
    expect(penalised.distinct_1!.mean!).toBeGreaterThan(plain.distinct_1!.mean!);
    const nucleus = last({ top_p: 0.5 });
    expect(nucleus.entropy!.mean!).toBeLessThan(plain.entropy!.mean!);
    expect(last({}, 0.5).entropy!.mean!).toBeLessThan(plain.entropy!.mean!);
  });

  it("Kneser-Ney decodes with shaping over the whole vocabulary", () => {
    const spec = tinySpec(
      { order: 2, smoothing: "kneser-ney", decoding: { top_k: 20, repetition_penalty: 1.5 } },
      { n: 20 },
      { generations: 2, replicates: 1 },
    );
    const last = records(spec).at(-1)!.metrics;
    expect(last.tokens!.mean).toBe(20 * 16);
    expect(last.ppl_zero_share!.mean).toBe(0);
  });
});
