// Dispatches the categorical / Bernoulli / Zipf closed forms for a spec (docs/theory.md#categorical-gini-simpson and the sections after it).
import type { ExperimentSpec } from "../spec/types.js";
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
import { entropyOf, firstStepEntropyLoss } from "./millerMadow.js";
import { discreteMetricsOfLog, temperatureFreshStep } from "./temperatureMap.js";
import type { TheoryCurve, TheoryCurves } from "./theoryCurve.js";
import { discreteTruth, estimatorOf } from "./truthParameters.js";

const LEARNERS: Readonly<Record<string, readonly string[]>> = {
  categorical: ["categorical", "zipf", "bernoulli"],
  bernoulli: ["bernoulli"],
};

function valid(t: number): boolean {
  return Number.isInteger(t) && t >= 0;
}

function momentCurves(
  seq: (t: number) => CategoricalMoments | null,
  sStar: number,
): Record<string, TheoryCurve> {
  return {
    gini_simpson: (t) => {
      const m = seq(t);
      return m === null ? null : 1 - m.s;
    },
    sq_dist: (t) => {
      const m = seq(t);
      return m === null ? null : Math.max(0, m.s - 2 * m.x + sStar);
    },
  };
}

/** Closed forms for a finite discrete truth fitted by the categorical MLE; {} outside them. */
export function categoricalCurves(spec: ExperimentSpec): TheoryCurves {
  const truthFamilies = LEARNERS[spec.model.family];
  if (truthFamilies === undefined || !truthFamilies.includes(spec.truth.family)) return {};
  if (estimatorOf(spec) !== "mle") return {};
  const star = discreteTruth(spec);
  if (star === null || star.length === 0) return {};
  const { n, regime, alpha } = spec.data;
  const { temperature: tau, reservoir } = spec.sampling;
  if (!(n >= 1) || !(tau > 0) || !(reservoir >= 0 && reservoir <= 1)) return {};
  const outcomes = star.length;
  const sStar = star.reduce((s, p) => s + p * p, 0);
  const hStar = entropyOf(star);
  const supported = star.filter((p) => p > 0).length;
  const k = (t: number) => exogenousCount(alpha, n, t);
  const base = { n, sStar, reservoir, outcomes };
  const curves: Record<string, TheoryCurve> = {};

  if (reservoir > 0) {
    // Every outcome keeps weight >= lambda/K after every fit.
    curves.support = (t) => (!valid(t) ? null : t === 0 ? supported : outcomes);
    curves.fixed = (t) => (!valid(t) ? null : t === 0 ? (supported === 1 ? 1 : 0) : 0);
  }
  // The first fit sees n exogenous samples only; Miller-Madow is its (approximate) plug-in bias.
  if (reservoir === 0)
    curves.entropy = (t) => (t === 0 ? hStar : t === 1 ? hStar + firstStepEntropyLoss(supported, n) : null);
  const fixedFromFirstSample = (t: number, draws: number) =>
    !valid(t) ? null : t === 0 ? (supported === 1 ? 1 : 0) : star.reduce((s, p) => s + p ** draws, 0);

  if (regime === "replace") {
    const exact = lazySequence(categoricalTruthMoments(sStar), (m, t) =>
      categoricalReplaceStep(m, { ...base, k: k(t) }),
    );
    if (tau === 1) return { ...curves, ...momentCurves(exact, sStar) };
    // Temperature: the infinite-sample map (an approximation) from t = 2 on; t <= 1 is untouched by tau.
    const logStar = Float64Array.from(star, Math.log);
    const map = lazySequence<Float64Array>(logStar, (logs, t) =>
      temperatureFreshStep(logs, logStar, tau, t === 1 ? 1 : k(t) / n, reservoir),
    );
    const exactCurves = momentCurves(exact, sStar);
    const fromMap =
      (name: "entropy" | "gini_simpson" | "kl_rev" | "tv" | "sq_dist"): TheoryCurve =>
      (t) => {
        if (!valid(t)) return null;
        if (t <= 1 && name !== "kl_rev" && name !== "tv") {
          return name === "entropy" ? (curves.entropy?.(t) ?? null) : exactCurves[name]!(t);
        }
        return discreteMetricsOfLog(map(t)!, star)[name];
      };
    return {
      ...curves,
      entropy: fromMap("entropy"),
      gini_simpson: fromMap("gini_simpson"),
      kl_rev: fromMap("kl_rev"),
      tv: fromMap("tv"),
      sq_dist: fromMap("sq_dist"),
    };
  }
  if (tau !== 1) return curves;
  if (regime === "accumulate" && reservoir === 0) {
    const pool = lazySequence({ size: 0, ...categoricalTruthMoments(sStar) }, (m, t) =>
      categoricalAccumulateStep(m, { n, k: k(t), sStar }),
    );
    let drawn = [0];
    const freshSoFar = (t: number) => {
      while (drawn.length <= t) drawn = [...drawn, drawn[drawn.length - 1]! + k(drawn.length)];
      return drawn[t]!;
    };
    return {
      ...curves,
      ...momentCurves(pool, sStar),
      // One outcome left iff every fresh draw so far was that outcome.
      fixed: (t) => fixedFromFirstSample(t, valid(t) ? freshSoFar(t) : 0),
    };
  }
  if (regime === "fixed-real") {
    const synthetic = Math.round(spec.data.lambda * n);
    const seq = lazySequence({ ...categoricalTruthMoments(sStar), y: sStar }, (m, t) =>
      t === 1 ? categoricalFixedRealFirstFit(base) : categoricalFixedRealStep(m, { ...base, synthetic }),
    );
    const out: Record<string, TheoryCurve> = { ...curves, ...momentCurves(seq, sStar) };
    if (reservoir === 0) out.fixed = (t) => fixedFromFirstSample(t, n);
    return out;
  }
  return curves;
}
