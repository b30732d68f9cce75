// Symbolic regression by minimum description length: enumerated terms, a beam over their linear combinations, snapping and Levenberg-Marquardt (Schmidt & Lipson 2009; Cranmer 2023 PySR; Rissanen 1978).
import { Rng } from "../../core/rng.js";
import { gaussianCodeLength } from "../score/gaussianCodeLength.js";
import { integerLength } from "../score/integerLength.js";
import { posterior } from "../score/posterior.js";
import { type CodedConstant, floatConstant, snapCandidates } from "./constantLength.js";
import { enumerateTerms, type Term } from "./enumerateTerms.js";
import { type Expr, evaluateExpr, exprLength, exprSize, exprToString } from "./exprTree.js";
import { fitConstants } from "./fitConstants.js";
import { fitLinear } from "./fitLinear.js";
import { defaultRegressOptions, type RegressOptions } from "./regressOptions.js";
import { subsetSearch } from "./subsetSearch.js";

export interface RegressCandidate {
  readonly expr: Expr;
  readonly expression: string;
  readonly complexity: number;
  /** Total two-part description length in bits: the program, then the data under Gaussian noise. */
  readonly descriptionLength: number;
  readonly mse: number;
  readonly r2: number;
  readonly posterior: number;
}

export interface RegressResult {
  readonly best: RegressCandidate;
  /** Best error at each complexity, simplest first (no point dominated by a simpler one). */
  readonly pareto: readonly RegressCandidate[];
  /** Candidates in order of description length, with posterior weights 2^-L normalised. */
  readonly candidates: readonly RegressCandidate[];
  readonly evaluations: number;
  readonly truncated: boolean;
}

interface Linear {
  readonly terms: readonly Expr[];
  readonly coefficients: readonly CodedConstant[];
  readonly intercept: CodedConstant | null;
}

interface Scored {
  readonly model: Linear;
  readonly length: number;
  readonly sse: number;
}

/** intercept + sum c_k t_k as one tree (coefficient 1 and -1 written without a product). */
export function linearExpr(m: Linear): Expr {
  let out: Expr | null = m.intercept ? { kind: "const", constant: m.intercept } : null;
  m.terms.forEach((term, k) => {
    const c = m.coefficients[k]!;
    const negative = c.value < 0 && out !== null;
    const magnitude = negative ? negate(c) : c;
    const part: Expr =
      magnitude.value === 1
        ? term
        : { kind: "binary", op: "*", left: { kind: "const", constant: magnitude }, right: term };
    out = out === null ? part : { kind: "binary", op: negative ? "-" : "+", left: out, right: part };
  });
  return out ?? { kind: "const", constant: floatConstant(0) };
}

function negate(c: CodedConstant): CodedConstant {
  const text = c.text.startsWith("-") ? c.text.slice(1) : c.text;
  return { value: -c.value, text, length: c.length };
}

/** Fits terms + intercept to y with some constants fixed; returns the coded model and its total length. */
function codeModel(
  y: Float64Array,
  terms: readonly Term[],
  fixed: ReadonlyMap<number, CodedConstant | null>,
  sizes: { n: number; variables: number; floor: number; precision: number },
): Scored {
  const k = terms.length;
  const target = Float64Array.from(y);
  const freeCols: Float64Array[] = [];
  const freeIdx: number[] = [];
  for (let j = 0; j < k; j++) {
    const f = fixed.get(j + 1);
    if (f === undefined) {
      freeCols.push(terms[j]!.values);
      freeIdx.push(j);
    } else if (f !== null) {
      const v = terms[j]!.values;
      for (let t = 0; t < sizes.n; t++) target[t] = target[t]! - f.value * v[t]!;
    }
  }
  const fixedIntercept = fixed.get(0);
  if (fixedIntercept) for (let t = 0; t < sizes.n; t++) target[t] = target[t]! - fixedIntercept.value;
  const fit = fitLinear(target, freeCols, fixedIntercept === undefined);
  const coefficients: CodedConstant[] = [];
  const kept: Expr[] = [];
  let length = integerLength(k + 1) + 1;
  for (let j = 0; j < k; j++) {
    const f = fixed.get(j + 1);
    const c = f === undefined ? floatConstant(fit.coefficients[freeIdx.indexOf(j)]!) : f;
    if (c === null || c.value === 0) continue;
    coefficients.push(c);
    kept.push(terms[j]!.expr);
    length += c.length + terms[j]!.length;
  }
  const intercept =
    fixedIntercept === undefined
      ? fit.intercept === 0
        ? null
        : floatConstant(fit.intercept)
      : fixedIntercept;
  if (intercept) length += intercept.length;
  length += gaussianCodeLength(sizes.n, fit.sse, sizes.floor, sizes.precision);
  return { model: { terms: kept, coefficients, intercept }, length, sse: fit.sse };
}

/** Snaps each constant, in turn, to the cheapest simple value that shortens the total code (0 drops the term). */
function snap(
  y: Float64Array,
  terms: readonly Term[],
  sizes: { n: number; variables: number; floor: number; precision: number },
): Scored {
  const fixed = new Map<number, CodedConstant | null>();
  let best = codeModel(y, terms, fixed, sizes);
  for (let p = 0; p <= terms.length; p++) {
    const current =
      p === 0
        ? (best.model.intercept?.value ?? 0)
        : (best.model.coefficients[best.model.terms.indexOf(terms[p - 1]!.expr)]?.value ?? 0);
    const options: (CodedConstant | null)[] = [null, ...snapCandidates(current, 0.02)];
    let choice: CodedConstant | null | undefined;
    for (const c of options) {
      const trial = new Map(fixed).set(p, c);
      const s = codeModel(y, terms, trial, sizes);
      if (s.length < best.length - 1e-9) {
        best = s;
        choice = c;
      }
    }
    if (choice !== undefined) fixed.set(p, choice);
  }
  return best;
}

/**
 * For every term k: bits saved on the data by adding it to the fit whose residual is r (orthogonal to basis), minus
 * the term's own bits (the greedy step of the shortest total code).
 */
function scoreCompletions(
  Z: Float64Array,
  N: number,
  n: number,
  r: Float64Array,
  sse: number,
  basis: readonly Float64Array[],
  floorSse: number,
  terms: readonly Term[],
  out: Float64Array,
): void {
  const before = Math.max(sse, floorSse);
  for (let k = 0; k < N; k++) {
    const off = k * n;
    let dot = 0;
    for (let t = 0; t < n; t++) dot += Z[off + t]! * r[t]!;
    let projected = 0;
    for (const q of basis) {
      let c = 0;
      for (let t = 0; t < n; t++) c += q[t]! * Z[off + t]!;
      projected += c * c;
    }
    const rest = 1 - projected;
    const gain = rest > 1e-10 ? Math.min((dot * dot) / rest, sse) : 0;
    out[k] =
      gain > 0 ? 0.5 * n * Math.log2(before / Math.max(sse - gain, floorSse)) - terms[k]!.length : -1e300;
  }
}

/** Orthonormal basis of centred unit vectors (modified Gram-Schmidt; collinear ones dropped). */
function orthonormalBasis(vectors: readonly Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v0 of vectors) {
    const v = Float64Array.from(v0);
    for (const q of out) {
      let c = 0;
      for (let t = 0; t < v.length; t++) c += q[t]! * v[t]!;
      for (let t = 0; t < v.length; t++) v[t] = v[t]! - c * q[t]!;
    }
    let norm = 0;
    for (let t = 0; t < v.length; t++) norm += v[t]! * v[t]!;
    norm = Math.sqrt(norm);
    if (norm < 1e-8) continue;
    for (let t = 0; t < v.length; t++) v[t] = v[t]! / norm;
    out.push(v);
  }
  return out;
}

function partialTop(scores: Float64Array, m: number, exclude: ReadonlySet<number>): number[] {
  const top: number[] = [];
  for (let k = 0; k < scores.length; k++) {
    if (exclude.has(k)) continue;
    const s = scores[k]!;
    if (top.length < m) {
      top.push(k);
      top.sort((a, b) => scores[b]! - scores[a]! || a - b);
    } else if (s > scores[top[m - 1]!]!) {
      top[m - 1] = k;
      top.sort((a, b) => scores[b]! - scores[a]! || a - b);
    }
  }
  return top;
}

/** The regression: columns are the variables (all of length n), y the target; never throws on numerical trouble. */
export function regress(
  columns: readonly Float64Array[],
  y: Float64Array,
  names: readonly string[],
  options: Partial<RegressOptions> = {},
): RegressResult {
  const o: RegressOptions = { ...defaultRegressOptions, ...options };
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t]!;
  mean /= n;
  let sst = 0;
  for (let t = 0; t < n; t++) sst += (y[t]! - mean) ** 2;
  const spread = Math.sqrt(sst / n) || Math.abs(mean) || 1;
  const sizes = {
    n,
    variables: columns.length,
    floor: o.precision * spread,
    precision: o.precision * spread,
  };
  const library = enumerateTerms(columns, n, o);
  const terms = library.terms;
  const N = terms.length;

  const Z = new Float64Array(N * n);
  for (let k = 0; k < N; k++) Z.set(terms[k]!.z, k * n);
  // Beam over sets of terms; a state is scored by codeModel with every constant free.
  const seen = new Map<string, { set: number[]; scored: Scored }>();
  let frontier: { set: number[]; scored: Scored }[] = [
    { set: [], scored: codeModel(y, [], new Map(), sizes) },
  ];
  seen.set("", frontier[0]!);
  const corr = new Float64Array(N);
  const floorSse = n * sizes.floor * sizes.floor;
  for (let depth = 1; depth <= o.maxTerms; depth++) {
    const next: { set: number[]; scored: Scored }[] = [];
    for (const state of frontier) {
      const r = new Float64Array(n);
      const pred = evaluateExpr(linearExpr(state.scored.model), columns, n);
      let sse = 0;
      for (let t = 0; t < n; t++) {
        r[t] = y[t]! - pred[t]!;
        sse += r[t]! * r[t]!;
      }
      scoreCompletions(
        Z,
        N,
        n,
        r,
        sse,
        orthonormalBasis(state.set.map((i) => terms[i]!.z)),
        floorSse,
        terms,
        corr,
      );
      for (const k of partialTop(corr, o.expansions, new Set(state.set))) {
        const set = [...state.set, k].sort((a, b) => a - b);
        const key = set.join(",");
        if (seen.has(key)) continue;
        const scored = codeModel(
          y,
          set.map((i) => terms[i]!),
          new Map(),
          sizes,
        );
        const entry = { set, scored };
        seen.set(key, entry);
        next.push(entry);
      }
    }
    if (next.length === 0) break;
    next.sort((a, b) => a.scored.length - b.scored.length || a.set.join().localeCompare(b.set.join()));
    frontier = next.slice(0, o.beamWidth);
  }

  // Levin-style: every small sum of the simplest terms (by size, then length).
  const order = terms
    .map((_, i) => i)
    .sort((a, b) => terms[a]!.size - terms[b]!.size || terms[a]!.length - terms[b]!.length || a - b);
  const free = (set: readonly number[], sse: number) => {
    let bits = integerLength(set.length + 1) + 1 + (set.length + 1) * floatConstant(0).length;
    for (const i of set) bits += terms[i]!.length;
    return bits + gaussianCodeLength(n, sse, sizes.floor, sizes.precision);
  };
  const hits = [o.subsetTerms, 4, 3]
    .filter((k, i, all) => k <= o.subsetTerms && all.indexOf(k) === i)
    .flatMap((k) => subsetSearch(terms, order, y, k, o.subsetBudget, o.finalists, free).hits);
  for (const hit of hits) {
    const set = [...hit.set].sort((a, b) => a - b);
    const key = set.join(",");
    if (!seen.has(key))
      seen.set(key, {
        set,
        scored: codeModel(
          y,
          set.map((i) => terms[i]!),
          new Map(),
          sizes,
        ),
      });
  }

  // Completions: each of the simplest terms (and none) as an anchor, completed by the best term of the whole library.
  const anchors = Math.max(1, Math.min(order.length, Math.floor(o.completionBudget / Math.max(N, 1))));
  for (let a = -1; a < anchors; a++) {
    const anchor = a < 0 ? [] : [order[a]!];
    const base = codeModel(
      y,
      anchor.map((i) => terms[i]!),
      new Map(),
      sizes,
    );
    const pred = evaluateExpr(linearExpr(base.model), columns, n);
    const r = new Float64Array(n);
    let sse = 0;
    for (let t = 0; t < n; t++) {
      r[t] = y[t]! - pred[t]!;
      sse += r[t]! * r[t]!;
    }
    scoreCompletions(
      Z,
      N,
      n,
      r,
      sse,
      orthonormalBasis(anchor.map((i) => terms[i]!.z)),
      floorSse,
      terms,
      corr,
    );
    for (const k of partialTop(corr, 2, new Set(anchor))) {
      const set = [...anchor, k].sort((p, q) => p - q);
      const key = set.join(",");
      if (!seen.has(key))
        seen.set(key, {
          set,
          scored: codeModel(
            y,
            set.map((i) => terms[i]!),
            new Map(),
            sizes,
          ),
        });
    }
  }

  // Finalists: the shortest codes overall and the shortest at each number of terms (the Pareto front's raw material).
  const all = [...seen.values()].sort(
    (a, b) => a.scored.length - b.scored.length || a.set.join().localeCompare(b.set.join()),
  );
  const chosen = new Set(all.slice(0, o.finalists));
  for (let k = 0; k <= o.maxTerms; k++) {
    const first = all.find((s) => s.set.length === k);
    if (first) chosen.add(first);
  }
  const rng = Rng.fromSeed(o.seed);
  const refined: { expr: Expr; length: number; sse: number }[] = [];
  for (const state of chosen) {
    const ts = state.set.map((i) => terms[i]!);
    let s = snap(y, ts, sizes);
    let expr = linearExpr(s.model);
    if (Math.sqrt(s.sse / n) > 10 * sizes.floor) {
      const lm = fitConstants(
        expr,
        columns,
        y,
        o.lmIterations,
        rng.fork(state.set.join()),
        (e, sse) => exprLength(e, columns.length) + gaussianCodeLength(n, sse, sizes.floor, sizes.precision),
      );
      if (lm) {
        const length =
          exprLength(lm.expr, columns.length) + gaussianCodeLength(n, lm.sse, sizes.floor, sizes.precision);
        const before =
          exprLength(expr, columns.length) + gaussianCodeLength(n, s.sse, sizes.floor, sizes.precision);
        if (length < before) {
          expr = lm.expr;
          s = { model: s.model, length: s.length - before + length, sse: lm.sse };
        }
      }
    }
    refined.push({ expr, length: s.length, sse: s.sse });
  }
  const weighted = posterior(refined.map((r) => ({ item: r, length: r.length })));
  const candidates: RegressCandidate[] = [];
  const texts = new Set<string>();
  for (const w of weighted) {
    const expression = exprToString(w.item.expr, names);
    if (texts.has(expression)) continue;
    texts.add(expression);
    const mse = w.item.sse / n;
    candidates.push({
      expr: w.item.expr,
      expression,
      complexity: exprSize(w.item.expr),
      descriptionLength: w.length,
      mse,
      r2: sst > 0 ? 1 - w.item.sse / sst : Number.NaN,
      posterior: w.posterior,
    });
  }
  const bySize = [...candidates].sort((a, b) => a.complexity - b.complexity || a.mse - b.mse);
  const pareto: RegressCandidate[] = [];
  for (const c of bySize) if (pareto.length === 0 || c.mse < pareto.at(-1)!.mse) pareto.push(c);
  return {
    best: candidates[0]!,
    pareto,
    candidates,
    evaluations: library.evaluations,
    truncated: library.truncated,
  };
}
