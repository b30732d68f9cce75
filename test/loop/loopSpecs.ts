// Specs for the loop tests: a small truth for every registered family, and every regime it supports.

import { families } from "../../src/families/registry.js";
import { type RunOptions, runGenerations } from "../../src/loop/run.js";
import type { Checkpoint, GenerationRecord } from "../../src/loop/types.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import type { ExperimentSpec, Regime } from "../../src/spec/types.js";

/**
 * One small truth per model family (and a model section where the family needs one, under MODELS). A family
 * registered without an entry here fails the coverage test in resume.test.ts: add one when adding a family.
 */
export const TRUTHS: Record<string, Record<string, unknown>> = {
  categorical: { family: "categorical", probs: [0.5, 0.3, 0.15, 0.05] },
  bernoulli: { family: "bernoulli", p: 0.3 },
  zipf: { family: "zipf", m: 20, a: 1.1, b: 0.5 },
  gaussian: { family: "gaussian", mean: 1, sd: 2 },
  poisson: { family: "poisson", rate: 4 },
  gmm: { family: "gmm", weights: [0.4, 0.6], means: [-2, 2], sds: [1, 0.5] },
  mvgaussian: {
    family: "mvgaussian",
    mean: [0, 1],
    cov: [
      [1, 0.3],
      [0.3, 2],
    ],
  },
  "answer-policy": { family: "answers", questions: 4, candidates: 3 },
  "gaussian-policy": { family: "gaussian", mean: 0, sd: 1 },
  // Tiny slices of Moby Dick (10 documents cut to 400 characters, blocks of 8 tokens), so each LM family's share stays small.
  ngram: { family: "corpus", name: "moby-dick", tokenizer: "words", block: 8, documents: 10, max_chars: 400 },
  neural: {
    family: "corpus",
    name: "moby-dick",
    tokenizer: "chars",
    block: 8,
    documents: 10,
    max_chars: 200,
  },
  program: { family: "program", mechanism: "thue-morse", noise: 0.02 },
};

/** Model sections for families that cannot be trained with defaults alone. */
export const MODELS: Record<string, Record<string, unknown>> = {
  "answer-policy": { verifier: { kind: "learned", false_positive: 0.3, false_negative: 0.2, prior: 2 } },
  "gaussian-policy": { verifier: { kind: "soft", centre: 1, tau: 2 } },
  ngram: { order: 2, smoothing: "kneser-ney" },
  neural: { hidden: 6, steps: 2, steps0: 4, batch: 4, init: "fine-tune" },
  program: { learner: "symbolic" },
};

export const REGIMES: readonly Regime[] = ["replace", "accumulate", "accumulate-subsample", "fixed-real"];

/** The registered families (test-only families registered by other test files left out). */
export function registeredFamilies(): string[] {
  return families.names().filter((name) => !name.endsWith("-test-family"));
}

/** The registered families the loop tests run: those with a test truth. */
export function familyNames(): string[] {
  return registeredFamilies().filter((name) => name in TRUTHS);
}

/** The regimes, temperature and reservoir a family supports, each used where it can be. */
export function loopSpec(
  family: string,
  regime: Regime,
  patch: { seed?: number; replicates?: number; generations?: number; n?: number } = {},
): ExperimentSpec {
  const { capabilities } = families.get(family);
  return normaliseSpec({
    name: `${family}-${regime}`,
    seed: patch.seed ?? 12,
    replicates: patch.replicates ?? 3,
    generations: patch.generations ?? 6,
    truth: TRUTHS[family],
    ...(MODELS[family] ? { model: { family, ...MODELS[family] } } : {}),
    data: {
      n: patch.n ?? 20,
      regime,
      alpha: regime === "fixed-real" ? 0 : { schedule: "harmonic", a0: 0.5 },
      lambda: 1.5,
    },
    sampling: {
      temperature: capabilities.temperature ? 0.8 : 1,
      reservoir: capabilities.reservoir ? 0.05 : 0,
    },
  });
}

export function supportedRegimes(family: string): Regime[] {
  const { capabilities } = families.get(family);
  return REGIMES.filter((regime) => regime !== "accumulate-subsample" || capabilities.subsample);
}

export interface RunResult {
  readonly records: GenerationRecord[];
  /** checkpoints[t] for t >= 1, read while the generation is live and passed through JSON as the store does. */
  readonly checkpoints: Checkpoint[];
}

export function runAll(
  spec: ExperimentSpec,
  from?: { checkpoint: Checkpoint },
  options?: RunOptions,
): RunResult {
  const records: GenerationRecord[] = [];
  const checkpoints: Checkpoint[] = [];
  for (const step of runGenerations(spec, from, options)) {
    records.push(JSON.parse(JSON.stringify(step.record)) as GenerationRecord);
    if (step.checkpoint)
      checkpoints[step.record.t] = JSON.parse(JSON.stringify(step.checkpoint)) as Checkpoint;
  }
  return { records, checkpoints };
}
