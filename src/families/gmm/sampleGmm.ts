// n draws from a 1-D Gaussian mixture: component counts ~ Multinomial(n, w), then normal draws per component (composition method, Devroye 1986, ch. XIV.4).
import { sampleMultinomial } from "../../core/random/multinomial.js";
import type { Rng } from "../../core/rng.js";
import type { GmmModel } from "./gmmModel.js";

/** n values grouped by component (order carries no information for EM or subsampling). */
export function sampleGmm(rng: Rng, model: GmmModel, n: number): Float64Array {
  const out = new Float64Array(Math.max(n, 0));
  if (n <= 0) return out;
  const counts = sampleMultinomial(rng, n, model.weights, new Float64Array(model.weights.length));
  let at = 0;
  for (let j = 0; j < counts.length; j++) {
    const m = model.means[j]!;
    const s = model.sds[j]!;
    for (let c = counts[j]!; c > 0; c--) out[at++] = m + s * rng.normal();
  }
  return out;
}
