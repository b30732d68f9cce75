// Dispatches the categorical / Bernoulli / Zipf closed forms for a spec (docs/theory.md#categorical-gini-simpson and the sections after it).

import { entropyOf } from "../core/stats/discreteMetrics.js";
import type { ExperimentSpec } from "../spec/types.js";
import {
  categoricalMeanFixedRealStep,
  categoricalMeanReplaceStep,
  effectiveReservoir,
} from "./categoricalMean.js";
import {
  type CategoricalMoments,
  categoricalAccumulateStep,
  categoricalFixedRealFirstFit,
  categoricalFixedRealStep,
  categoricalReplaceStep,
  categoricalTruthMoments,
} from "./categoricalMoments.js";
import { exogenousCount } from "./exogenousCount.js";
import { lazySequence } from "./lazySequence.js";
import { firstStepEntropyLoss } from "./millerMadow.js";
import { discreteMetricsOfLog, temperatureFreshStep } from "./temperatureMap.js";
import type { TheoryCurve, TheoryCurves } from "./theoryCurve.js";
import { discreteTruth, estimatorOf } from "./truthParameters.js";

/** Learner family -> the truth families it resamples as a categorical (multinomial counts, then the estimator). */
const LEARNERS: Readonly<Record<string, readonly string[]>> = {
  categorical: ["categorical"],
  zipf: ["zipf"],
  bernoulli: ["bernoulli"],
};

function valid(t: number): boolean {
  return Number.isInteger(t) && t >= 0;
}

function curveOf<S>(seq: (t: number) => S | null, f: (s: S, t: number) => number | null): TheoryCurve {
  return (t) => {
    const s = seq(t);
    return s === null ? null : f(s, t);
  };
}

function momentCurves(
  seq: (t: number) => CategoricalMoments | null,
  sStar: number,
): Record<string, TheoryCurve> {
  return {
    gini_simpson: curveOf(seq, (m) => 1 - m.s),
    sq_dist: curveOf(seq, (m) => Math.max(0, m.s - 2 * m.x + sStar)),
  };
}

/** Closed forms for a finite discrete truth refitted as a categorical (MLE, or MAP where exact); {} outside them. */
export function categoricalCurves(spec: ExperimentSpec): TheoryCurves {
  const truthFamilies = LEARNERS[spec.model.family];
  if (truthFamilies === undefined || !truthFamilies.includes(spec.truth.family)) return {};
  const estimator = estimatorOf(spec);
  const prior = estimator === "map" && typeof spec.model.prior === "number" ? spec.model.prior : 1;
  if (estimator !== "mle" && estimator !== "map") return {};
  const star = discreteTruth(spec);
  if (star === null || star.length === 0) return {};
  const { n, regime, alpha } = spec.data;
  const { temperature: tau, reservoir } = spec.sampling;
  if (!(n >= 1) || !(tau > 0) || !(reservoir >= 0 && reservoir <= 1) || !(prior >= 1)) return {};
  const outcomes = star.length;
  const sStar = star.reduce((s, p) => s + p * p, 0);
  const hStar = entropyOf(star);
  const supported = star.filter((p) => p > 0).length;
  const k = (t: number) => exogenousCount(alpha, n, t);
  const smoothed = reservoir > 0 || prior > 1;
  const lambdaFor = (size: number) => effectiveReservoir(reservoir, prior, size, outcomes);
  const curves: Record<string, TheoryCurve> = {};
  const isBernoulli = spec.model.family === "bernoulli";

  if (smoothed) {
    // Every outcome keeps weight >= lambda/K (or the prior's pseudo-count) after every fit.
    curves.support = (t) => (!valid(t) ? null : t === 0 ? supported : outcomes);
    curves.fixed = (t) => (!valid(t) ? null : t === 0 ? (supported === 1 ? 1 : 0) : 0);
  } else {
    // The first fit is the plug-in on n exogenous samples; Miller-Madow is its bias (an approximation).
    const h1 = hStar + firstStepEntropyLoss(supported, n);
    curves.entropy = (t) => (t === 0 ? hStar : t === 1 ? h1 : null);
    curves.entropy_drop = (t) => (t === 0 ? 0 : t === 1 ? hStar - h1 : null);
  }
  const fixedFromFirstDraws = (t: number, draws: number) =>
    !valid(t) ? null : t === 0 ? (supported === 1 ? 1 : 0) : star.reduce((s, p) => s + p ** draws, 0);

  if (regime === "replace") {
    const lam = lambdaFor(n);
    const exact = lazySequence(categoricalTruthMoments(sStar), (m, t) =>
      categoricalReplaceStep(m, { n, k: k(t), sStar, reservoir: lam, outcomes }),
    );
    const pMean = lazySequence(star[outcomes - 1]!, (m, t) =>
      categoricalMeanReplaceStep(m, star[outcomes - 1]!, n, k(t), lam, outcomes),
    );
    const bernoulli: Record<string, TheoryCurve> = isBernoulli ? { p: (t) => pMean(t) } : {};
    if (tau === 1) return { ...curves, ...momentCurves(exact, sStar), ...bernoulli };
    if (prior > 1) return curves;
    return { ...curves, ...temperatureCurves(spec, star, curves, momentCurves(exact, sStar)) };
  }
  if (tau !== 1) return curves;
  if (regime === "accumulate" && !smoothed) {
    const pool = lazySequence({ size: 0, ...categoricalTruthMoments(sStar) }, (m, t) =>
      categoricalAccumulateStep(m, { n, k: k(t), sStar }),
    );
    const drawn = [0];
    const freshSoFar = (t: number) => {
      while (drawn.length <= t) drawn.push(drawn[drawn.length - 1]! + k(drawn.length));
      return drawn[t]!;
    };
    return {
      ...curves,
      ...momentCurves(pool, sStar),
      // One outcome left iff every fresh draw so far was that outcome.
      fixed: (t) => fixedFromFirstDraws(t, valid(t) ? freshSoFar(t) : 0),
      ...(isBernoulli ? { p: (t: number) => (valid(t) ? star[1]! : null) } : {}),
    };
  }
  if (regime === "fixed-real") {
    const synthetic = Math.round(spec.data.lambda * n);
    const first = lambdaFor(n);
    const later = lambdaFor(n + synthetic);
    const base = { n, sStar, outcomes };
    const seq = lazySequence({ ...categoricalTruthMoments(sStar), y: sStar }, (m, t) =>
      t === 1
        ? categoricalFixedRealFirstFit({ ...base, reservoir: first })
        : categoricalFixedRealStep(m, { ...base, reservoir: later, synthetic }),
    );
    const last = star[outcomes - 1]!;
    const pMean = lazySequence(last, (m, t) =>
      t === 1
        ? (1 - first) * last + first / outcomes
        : categoricalMeanFixedRealStep(m, last, n, synthetic, later, outcomes),
    );
    const out: Record<string, TheoryCurve> = { ...curves, ...momentCurves(seq, sStar) };
    if (!smoothed) out.fixed = (t) => fixedFromFirstDraws(t, n);
    if (isBernoulli) out.p = (t) => pMean(t);
    return out;
  }
  return curves;
}

/** Temperature: the infinite-sample map (an approximation) from t = 2 on; t <= 1 is untouched by tau. */
function temperatureCurves(
  spec: ExperimentSpec,
  star: readonly number[],
  early: Readonly<Record<string, TheoryCurve>>,
  exactEarly: Readonly<Record<string, TheoryCurve>>,
): Record<string, TheoryCurve> {
  const { n, alpha } = spec.data;
  const { temperature: tau, reservoir } = spec.sampling;
  const logStar = Float64Array.from(star, Math.log);
  const map = lazySequence<Float64Array>(logStar, (logs, t) =>
    temperatureFreshStep(logs, logStar, tau, t === 1 ? 1 : exogenousCount(alpha, n, t) / n, reservoir),
  );
  const metric = (name: "entropy" | "gini_simpson" | "kl_rev" | "tv" | "sq_dist", t: number) =>
    discreteMetricsOfLog(map(t)!, star)[name];
  const fromMap =
    (name: "entropy" | "gini_simpson" | "kl_rev" | "tv" | "sq_dist"): TheoryCurve =>
    (t) => {
      if (!valid(t)) return null;
      if (t <= 1) {
        if (name === "gini_simpson" || name === "sq_dist") return exactEarly[name]!(t);
        if (name === "entropy") return early.entropy?.(t) ?? null;
      }
      return metric(name, t);
    };
  const out: Record<string, TheoryCurve> = {
    entropy: fromMap("entropy"),
    gini_simpson: fromMap("gini_simpson"),
    kl_rev: fromMap("kl_rev"),
    tv: fromMap("tv"),
    sq_dist: fromMap("sq_dist"),
  };
  out.entropy_drop = (t) => {
    if (!valid(t)) return null;
    if (t <= 1) return early.entropy_drop?.(t) ?? null;
    return metric("entropy", t - 1) - metric("entropy", t);
  };
  return out;
}
