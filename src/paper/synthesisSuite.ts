// Issue 4's decisive experiment: mechanism truths at alpha = 0, the symbolic learner against density matchers (Zenil arXiv 2601.05280; Zenil et al. 2019).
import type { ExperimentInput } from "../spec/schema.js";

export interface SynthesisCell {
  readonly label: {
    readonly truth: string;
    readonly learner: string;
    readonly n: number;
    readonly noise: number;
  };
  readonly spec: ExperimentInput;
}

const TRUTHS = [
  {
    truth: "eca30",
    params: { mechanism: "eca", rule: 30 },
    noise: 0.01,
    n: 256,
    learners: ["symbolic", "ngram", "blocks"],
  },
  {
    truth: "thue-morse",
    params: { mechanism: "thue-morse" },
    noise: 0.01,
    n: 256,
    learners: ["symbolic", "ngram", "blocks"],
  },
  {
    truth: "formula",
    params: { mechanism: "formula", expression: "sin(x1) + x1^2", domain: [-2, 2] },
    noise: 0.1,
    n: 50,
    learners: ["symbolic", "polynomial", "knn"],
  },
] as const;

function cell(
  truth: string,
  params: object,
  learner: string,
  n: number,
  noise: number,
  o: { replicates: number; generations: number; seed?: number },
): SynthesisCell {
  return {
    label: { truth, learner, n, noise },
    spec: {
      name: `synth-${truth}-${learner}-n${n}-e${noise}`,
      seed: o.seed ?? 1,
      replicates: o.replicates,
      generations: o.generations,
      truth: { family: "program", ...params, noise },
      model: { family: "program", learner },
      data: { n, regime: "replace", alpha: 0 },
    } as ExperimentInput,
  };
}

/** Every truth under each of its learners. */
export function decisiveSuite(o: {
  replicates: number;
  generations: number;
  seed?: number;
}): SynthesisCell[] {
  return TRUTHS.flatMap((t) => t.learners.map((l) => cell(t.truth, t.params, l, t.n, t.noise, o)));
}

/** The breakdown map: the symbolic learner on the ECA 30 centre column over n and the flip rate. */
export function sweepSuite(o: { replicates: number; generations: number; seed?: number }): SynthesisCell[] {
  const out: SynthesisCell[] = [];
  for (const n of [16, 32, 64, 128, 256])
    for (const noise of [0, 0.01, 0.05, 0.1, 0.2])
      out.push(cell("eca30", { mechanism: "eca", rule: 30 }, "symbolic", n, noise, o));
  return out;
}
