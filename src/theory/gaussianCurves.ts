// Dispatches the Gaussian closed forms for a spec (docs/theory.md#gaussian-replace-mle and the sections after it).
import type { ExperimentSpec } from "../spec/types.js";
import { exogenousCount, noFreshDataUpTo } from "./exogenousCount.js";
import { ACCUMULATE_START, accumulateVariance, gaussianAccumulateStep } from "./gaussianAccumulate.js";
import { fixedRealFirstFit, gaussianFixedRealStep } from "./gaussianFixedReal.js";
import { logVarianceStepMean, sdStepMean } from "./gaussianReplaceMle.js";
import { type GaussianMoments, gaussianReplaceStep } from "./gaussianReplaceMoments.js";
import { lazySequence } from "./lazySequence.js";
import type { TheoryCurve, TheoryCurves } from "./theoryCurve.js";
import { estimatorOf, gaussianTruth } from "./truthParameters.js";

function map<S>(seq: (t: number) => S | null, f: (s: S, t: number) => number | null): TheoryCurve {
  return (t) => {
    const s = seq(t);
    return s === null ? null : f(s, t);
  };
}

/** Closed forms for a Gaussian truth and a Gaussian learner; {} when the spec is outside them. */
export function gaussianCurves(spec: ExperimentSpec): TheoryCurves {
  const truth = gaussianTruth(spec);
  if (truth === null || spec.model.family !== "gaussian") return {};
  const estimator = estimatorOf(spec);
  if (estimator !== "mle" && estimator !== "unbiased") return {};
  const { n, regime, alpha } = spec.data;
  const tau = spec.sampling.temperature;
  if (!(n >= 2) || !(tau > 0)) return {};
  const sd2 = truth.sd * truth.sd;
  const divisorOf = (m: number) => (estimator === "unbiased" ? m - 1 : m);
  const mean: TheoryCurve = (t) => (Number.isInteger(t) && t >= 0 ? truth.mean : null);

  if (regime === "replace") {
    const divisor = divisorOf(n);
    const seq = lazySequence<GaussianMoments>({ a: 0, b: 1 }, (m, t) =>
      gaussianReplaceStep(m, { n, k: exogenousCount(alpha, n, t), tau, divisor }),
    );
    const pure = (t: number) => noFreshDataUpTo(alpha, n, t);
    // Standardised E log sigma_t^2 and E sigma_t, exact while no fresh data has entered.
    const logVar = (t: number) =>
      t === 0 ? 0 : t * logVarianceStepMean(n, divisor) + (t - 1) * Math.log(tau);
    const sdMean = (t: number) => (t === 0 ? 1 : sdStepMean(n, divisor) ** t * tau ** ((t - 1) / 2));
    return {
      mean,
      var: map(seq, (m) => sd2 * m.b),
      sq_err_mean: map(seq, (m) => sd2 * m.a),
      log_var: map(seq, (_m, t) => (pure(t) ? Math.log(sd2) + logVar(t) : null)),
      w2sq: map(seq, (m, t) => (pure(t) ? sd2 * (m.a + m.b - 2 * sdMean(t) + 1) : null)),
      kl_rev: map(seq, (m, t) => (pure(t) ? 0.5 * (m.a + m.b - 1 - logVar(t)) : null)),
    };
  }
  if (regime === "accumulate") {
    const seq = lazySequence(ACCUMULATE_START, (s, t) =>
      gaussianAccumulateStep(s, { n, k: exogenousCount(alpha, n, t), tau, divisor: divisorOf }),
    );
    return {
      mean,
      var: map(seq, (s, t) => (t === 0 ? sd2 : sd2 * accumulateVariance(s, divisorOf))),
      sq_err_mean: map(seq, (s) => sd2 * s.a),
    };
  }
  if (regime === "fixed-real") {
    const synthetic = Math.round(spec.data.lambda * n);
    const seq = lazySequence({ c: 0, a: 0, b: 1 }, (m, t) =>
      t === 1
        ? fixedRealFirstFit(n, divisorOf)
        : gaussianFixedRealStep(m, { n, synthetic, tau, divisor: divisorOf }),
    );
    return {
      mean,
      var: map(seq, (m) => sd2 * m.b),
      sq_err_mean: map(seq, (m) => sd2 * m.a),
    };
  }
  return { mean };
}
