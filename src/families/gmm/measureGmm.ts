// Metrics of a fitted mixture against P*: moments in closed form, KL and W2 by quadrature (gmmDivergence.ts), and the share of degenerate components.
import { gmmDivergence } from "./gmmDivergence.js";
import { type GmmModel, gmmMoments } from "./gmmModel.js";

/** The gaussian family's names first (mean, var, log_var, sq_err_mean, w2sq, kl_rev), then the mixture's own. */
export const GMM_METRICS = [
  "mean",
  "var",
  "log_var",
  "sq_err_mean",
  "w2sq",
  "kl_rev",
  "min_weight",
  "degenerate",
] as const;

/** Writes GMM_METRICS into out; `degenerate` = share of components whose sd is at the floor minSd. */
export function measureGmm(
  model: GmmModel,
  truth: GmmModel,
  truthMean: number,
  minSd: number,
  out: Float64Array,
): void {
  const { mean, variance } = gmmMoments(model);
  const { kl, w2sq } = gmmDivergence(model, truth);
  const k = model.weights.length;
  let minWeight = Number.POSITIVE_INFINITY;
  let degenerate = 0;
  for (let j = 0; j < k; j++) {
    minWeight = Math.min(minWeight, model.weights[j]!);
    if (model.sds[j]! <= minSd) degenerate++;
  }
  out[0] = mean;
  out[1] = variance;
  out[2] = Math.log(variance);
  out[3] = (mean - truthMean) ** 2;
  out[4] = w2sq;
  out[5] = kl;
  out[6] = minWeight;
  out[7] = degenerate / k;
}
