// The `program` family: a mechanism as the truth, and a learner that is either symbolic (three-part update, Zenil et al. 2019) or a density matcher (Zenil arXiv 2601.05280, sec. 3).
import { z } from "zod";
import type { Rng } from "../../core/rng.js";
import { integerAtLeast, strictObject } from "../../core/schema.js";
import { ecaCentreColumn } from "../../synthesis/eca/runEca.js";
import { formulaUpdate } from "../../synthesis/update/formulaUpdate.js";
import { sequenceUpdate } from "../../synthesis/update/sequenceUpdate.js";
import type { CheckIssue, Family, FamilyInstance } from "../family.js";
import { expressionFunction, fitPolynomial, knnValue, polynomialValue } from "./formulaLearners.js";
import {
  fitBlocks,
  fitNgram,
  ngramBlockDistribution,
  outputBlockDistribution,
  sampleBlocks,
  sampleNgram,
} from "./sequenceLearners.js";

const truthSchema = strictObject({
  mechanism: z.enum(["eca", "thue-morse", "formula"], { error: "eca, thue-morse or formula" }),
  rule: z.number().int().min(0).max(255).optional(),
  noise: z.number().min(0, { error: "a rate in [0, 0.5) or an SD >= 0" }).optional(),
  expression: z.string().min(1).optional(),
  domain: z.tuple([z.number(), z.number()]).optional(),
});
export type ProgramTruth = z.infer<typeof truthSchema>;

const modelSchema = strictObject({
  learner: z.enum(["symbolic", "blocks", "ngram", "polynomial", "knn"], {
    error: "symbolic, blocks, ngram (sequences), polynomial or knn (formulas)",
  }),
  block: integerAtLeast(1).optional(),
  order: integerAtLeast(1).optional(),
  degree: integerAtLeast(1).optional(),
  k: integerAtLeast(1).optional(),
  correction: z.boolean().optional(),
  budget: integerAtLeast(100).optional(),
});
export type ProgramOptions = z.infer<typeof modelSchema>;

type SeqModel =
  | { kind: "mechanism"; text: string; length: number; output: Uint8Array; flip: number; changed: boolean }
  | ReturnType<typeof fitBlocks>
  | ReturnType<typeof fitNgram>;
type FormulaModel = {
  kind: "formula";
  text: string;
  sigma: number;
  changed: boolean;
  /** polynomial coefficients, or the k-NN training set as [x..., y...]. */
  params: Float64Array;
  learner: "symbolic" | "polynomial" | "knn" | "truth";
};
type SeqData = { kind: "seq"; segments: Uint8Array[] };
type XyData = { kind: "xy"; x: Float64Array; y: Float64Array };

const SEQUENCE_LEARNERS = ["symbolic", "blocks", "ngram"];
const FORMULA_LEARNERS = ["symbolic", "polynomial", "knn"];

function thueMorse(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => {
    let c = 0;
    for (let x = i; x; x >>= 1) c ^= x & 1;
    return c;
  });
}

function flipInto(rng: Rng, s: Uint8Array, rate: number): Uint8Array {
  if (rate > 0) for (let i = 0; i < s.length; i++) if (rng.float() < rate) s[i] = 1 - s[i]!;
  return s;
}

function kl(p: Float64Array, q: Float64Array): { kl: number; tv: number; entropy: number } {
  const eps = 1e-9;
  let d = 0;
  let tv = 0;
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const qi = (1 - eps) * q[i]! + eps / p.length;
    if (p[i]! > 0) d += p[i]! * Math.log2(p[i]! / qi);
    tv += 0.5 * Math.abs(p[i]! - q[i]!);
    if (q[i]! > 0) h -= q[i]! * Math.log2(q[i]!);
  }
  return { kl: Math.max(d, 0), tv, entropy: h };
}

function bytes(u: Uint8Array): string {
  return Array.from(u).join("");
}

function sequenceInstance(truth: ProgramTruth, o: ProgramOptions): FamilyInstance<SeqModel, SeqData> {
  const flip = truth.noise ?? 0;
  const block = o.block ?? 4;
  const order = o.order ?? 3;
  const L = 256;
  const truthOutput = (n: number) =>
    truth.mechanism === "eca" ? ecaCentreColumn(truth.rule ?? 30, n)! : thueMorse(n);
  const truthText = truth.mechanism === "eca" ? `eca(${truth.rule ?? 30})` : "thue-morse";
  const truthModel: SeqModel = {
    kind: "mechanism",
    text: truthText,
    length: 0,
    output: truthOutput(L),
    flip,
    changed: false,
  };
  const reference = outputBlockDistribution(truthOutput(L), flip, block, L);
  const symbolic = o.learner === "symbolic";
  const metricNames = ["entropy", "kl", "tv", ...(symbolic ? ["changed", "correct", "flip", "dropped"] : [])];
  const truthLong = truthOutput(4096);
  return {
    metricNames,
    truth: truthModel,
    sampleTruth: (rng, n) => ({ kind: "seq", segments: [flipInto(rng, truthOutput(n), flip)] }),
    sample(rng, model, n) {
      if (model.kind === "mechanism") {
        const base = new Uint8Array(n);
        base.set(model.output.subarray(0, n));
        return { kind: "seq", segments: [flipInto(rng, base, model.flip)] };
      }
      return {
        kind: "seq",
        segments: [model.kind === "blocks" ? sampleBlocks(rng, model, n) : sampleNgram(rng, model, n)],
      };
    },
    empty: () => ({ kind: "seq", segments: [] }),
    combine: (a, b) => ({ kind: "seq", segments: [...a.segments, ...b.segments] }),
    size: (d) => d.segments.reduce((s, x) => s + x.length, 0),
    fit(data, previous) {
      const s = data.segments.at(-1) ?? new Uint8Array(0);
      if (o.learner === "blocks") return fitBlocks(s, block);
      if (o.learner === "ngram") return fitNgram(s, order);
      const prev = previous.kind === "mechanism" && previous.length > 0 ? previous : null;
      const m = sequenceUpdate(s, prev, o.correction ?? true);
      const changed =
        previous.kind === "mechanism" && bytes(previous.output.subarray(0, s.length)) !== bytes(m.output);
      return {
        kind: "mechanism",
        text: m.text,
        length: m.length,
        output: m.output,
        flip: m.flip,
        changed,
        dropped: m.dropped,
      } as SeqModel;
    },
    measure(model, out) {
      const q =
        model.kind === "mechanism"
          ? outputBlockDistribution(model.output, model.flip, block, L)
          : model.kind === "blocks"
            ? model.probs
            : ngramBlockDistribution(model, block, L);
      const m = kl(reference, q);
      out[0] = m.entropy / block;
      out[1] = m.kl;
      out[2] = m.tv;
      if (symbolic) {
        const mech = model.kind === "mechanism" ? model : null;
        out[3] = mech?.changed ? 1 : 0;
        out[4] = mech && bytes(mech.output) === bytes(truthLong.subarray(0, mech.output.length)) ? 1 : 0;
        out[5] = mech?.flip ?? Number.NaN;
        out[6] = (mech as { dropped?: number } | null)?.dropped ?? 0;
      }
    },
    encodeModel(model) {
      if (model.kind === "mechanism") return { ...model, output: bytes(model.output) };
      if (model.kind === "blocks") return { ...model, probs: Array.from(model.probs) };
      return { ...model, p1: Array.from(model.p1) };
    },
    decodeModel(json) {
      const j = json as Record<string, unknown>;
      if (j.kind === "mechanism")
        return { ...(j as object), output: Uint8Array.from(String(j.output), Number) } as SeqModel;
      if (j.kind === "blocks")
        return { ...(j as object), probs: Float64Array.from(j.probs as number[]) } as SeqModel;
      return { ...(j as object), p1: Float64Array.from(j.p1 as number[]) } as SeqModel;
    },
    encodeData: (d) => d.segments.map(bytes),
    decodeData: (json) => ({
      kind: "seq",
      segments: (json as string[]).map((s) => Uint8Array.from(s, Number)),
    }),
  };
}

function formulaInstance(truth: ProgramTruth, o: ProgramOptions): FamilyInstance<FormulaModel, XyData> {
  const [a, b] = truth.domain ?? [-1, 1];
  const sigma = truth.noise ?? 0.1;
  const text = truth.expression ?? "x1";
  const f = expressionFunction(text);
  const grid = Float64Array.from({ length: 64 }, (_, i) => a + ((b - a) * (i + 0.5)) / 64);
  const fGrid = grid.map(f);
  let spread = 0;
  for (const v of fGrid) spread = Math.max(spread, Math.abs(v - fGrid[0]!));
  const floor = 1e-3 * (spread || 1);
  const predict = (m: FormulaModel, x: number): number => {
    switch (m.learner) {
      case "truth":
      case "symbolic":
        return expressionFunction(m.text)(x);
      case "polynomial":
        return polynomialValue(m.params, x);
      case "knn": {
        const h = m.params.length / 2;
        return knnValue(m.params.subarray(0, h), m.params.subarray(h), o.k ?? 5, x);
      }
    }
  };
  const symbolic = o.learner === "symbolic";
  const metricNames = [
    "entropy",
    "kl",
    "drift",
    ...(symbolic ? ["changed", "correct", "sigma", "dropped"] : []),
  ];
  const truthModel: FormulaModel = {
    kind: "formula",
    text,
    sigma,
    changed: false,
    params: new Float64Array(0),
    learner: "truth",
  };
  const draw = (rng: Rng, m: FormulaModel, n: number): XyData => {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = a + (b - a) * rng.float();
      y[i] = predict(m, x[i]!) + m.sigma * rng.normal();
    }
    return { kind: "xy", x, y };
  };
  return {
    metricNames,
    truth: truthModel,
    sampleTruth: (rng, n) => draw(rng, truthModel, n),
    sample: draw,
    empty: () => ({ kind: "xy", x: new Float64Array(0), y: new Float64Array(0) }),
    combine: (p, q) => ({
      kind: "xy",
      x: Float64Array.of(...p.x, ...q.x),
      y: Float64Array.of(...p.y, ...q.y),
    }),
    size: (d) => d.x.length,
    fit(data, previous) {
      const { x, y } = data;
      if (o.learner === "polynomial") {
        const c = fitPolynomial(x, y, o.degree ?? 5);
        let ss = 0;
        for (let i = 0; i < x.length; i++) ss += (y[i]! - polynomialValue(c, x[i]!)) ** 2;
        return {
          kind: "formula",
          text: "",
          sigma: Math.sqrt(ss / x.length),
          changed: false,
          params: c,
          learner: "polynomial",
        };
      }
      if (o.learner === "knn") {
        const params = Float64Array.of(...x, ...y);
        const m: FormulaModel = {
          kind: "formula",
          text: "",
          sigma: 0,
          changed: false,
          params,
          learner: "knn",
        };
        let ss = 0;
        for (let i = 0; i < x.length; i++) ss += (y[i]! - predict(m, x[i]!)) ** 2;
        return { ...m, sigma: Math.sqrt(ss / x.length) };
      }
      const mech = formulaUpdate(x, y, o.correction ?? true, o.budget);
      return {
        kind: "formula",
        text: mech.text,
        sigma: mech.sigma,
        changed: previous.learner === "symbolic" && previous.text !== mech.text,
        params: Float64Array.of(mech.dropped),
        learner: "symbolic",
      };
    },
    measure(model, out) {
      const s = Math.max(model.sigma, floor);
      const s0 = Math.max(sigma, floor);
      let k = 0;
      let d2 = 0;
      for (let i = 0; i < grid.length; i++) {
        const g = predict(model, grid[i]!);
        const diff = (fGrid[i]! - g) ** 2;
        d2 += diff / grid.length;
        k += (Math.log(s / s0) + (s0 * s0 + diff) / (2 * s * s) - 0.5) / grid.length;
      }
      out[0] = 0.5 * Math.log2(2 * Math.PI * Math.E * s * s);
      out[1] = k / Math.LN2;
      out[2] = Math.sqrt(d2);
      if (symbolic) {
        out[3] = model.changed ? 1 : 0;
        out[4] = Math.sqrt(d2) <= 0.05 * s0 ? 1 : 0;
        out[5] = model.sigma;
        out[6] = model.learner === "symbolic" ? (model.params[0] ?? 0) : 0;
      }
    },
    encodeModel: (m) => ({ ...m, params: Array.from(m.params) }),
    decodeModel: (json) => {
      const j = json as FormulaModel & { params: number[] };
      return { ...j, params: Float64Array.from(j.params) };
    },
    encodeData: (d) => ({ x: Array.from(d.x), y: Array.from(d.y) }),
    decodeData: (json) => {
      const j = json as { x: number[]; y: number[] };
      return { kind: "xy", x: Float64Array.from(j.x), y: Float64Array.from(j.y) };
    },
  };
}

export const programFamily: Family<ProgramTruth, ProgramOptions> = {
  name: "program",
  truthFamilies: ["program"],
  capabilities: { subsample: false, temperature: false, reservoir: false },
  truthSchema: () => truthSchema,
  modelSchema,
  check(truth, options) {
    const issues: CheckIssue[] = [];
    const formula = truth.mechanism === "formula";
    const allowed = formula ? FORMULA_LEARNERS : SEQUENCE_LEARNERS;
    if (!allowed.includes(options.learner))
      issues.push({
        path: "model.learner",
        value: options.learner,
        allowed: `for ${truth.mechanism}: ${allowed.join(", ")}`,
      });
    if (formula && truth.expression === undefined)
      issues.push({
        path: "truth.expression",
        value: undefined,
        allowed: "an expression over x1 (mathjs syntax)",
      });
    if (
      formula &&
      truth.expression !== undefined &&
      !Number.isFinite(expressionFunction(truth.expression)(0.5))
    )
      issues.push({
        path: "truth.expression",
        value: truth.expression,
        allowed: "an expression over x1, finite on the domain",
      });
    if (!formula && (truth.noise ?? 0) >= 0.5)
      issues.push({ path: "truth.noise", value: truth.noise, allowed: "a flip rate in [0, 0.5)" });
    if ((options.block ?? 4) > 12)
      issues.push({ path: "model.block", value: options.block, allowed: "1..12" });
    if ((options.order ?? 3) > 12)
      issues.push({ path: "model.order", value: options.order, allowed: "1..12" });
    if (truth.domain && !(truth.domain[0] < truth.domain[1]))
      issues.push({ path: "truth.domain", value: truth.domain, allowed: "[a, b] with a < b" });
    return issues;
  },
  create: (truth, options) =>
    (truth.mechanism === "formula"
      ? formulaInstance(truth, options)
      : sequenceInstance(truth, options)) as unknown as FamilyInstance<unknown, unknown>,
};
