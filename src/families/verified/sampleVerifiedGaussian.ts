// Generate and verify on a Gaussian policy (Zelikman et al. 2022, STaR), best-of-k as the first accepted of k tries.
import type { Rng } from "../../core/rng.js";
import { MomentsAccumulator } from "./moments.js";
import type { GaussianVerifier } from "./verifier.js";

export interface VerifiedGaussianBatch {
  readonly judged: MomentsAccumulator;
  readonly accepted: MomentsAccumulator;
}

/**
 * `prompts` prompts, each drawing up to `tries` candidates x ~ N(mean, variance) and stopping at the first the
 * verifier accepts (a uniform below its acceptance probability): candidate draw, then verdict, from one stream.
 */
export function sampleVerifiedGaussian(
  rng: Rng,
  mean: number,
  variance: number,
  verifier: GaussianVerifier,
  centre: number,
  prompts: number,
  tries: number,
): VerifiedGaussianBatch {
  const judged = new MomentsAccumulator();
  const accepted = new MomentsAccumulator();
  drawVerified(rng, mean, Math.sqrt(variance), verifier, centre, prompts, tries, judged, accepted);
  return { judged, accepted };
}

/**
 * The loop of sampleVerifiedGaussian, a function of its own that ends in its loop: V8 compiles a long loop while the
 * first call runs, and code after it that had not run by then would send every later call back to the interpreter.
 */
function drawVerified(
  rng: Rng,
  mean: number,
  sd: number,
  verifier: GaussianVerifier,
  centre: number,
  prompts: number,
  tries: number,
  judged: MomentsAccumulator,
  accepted: MomentsAccumulator,
): void {
  for (let i = 0; i < prompts; i++) {
    for (let k = 0; k < tries; k++) {
      const x = mean + sd * rng.normal();
      judged.add(x);
      if (rng.float() < verifier.acceptance(x, centre)) {
        accepted.add(x);
        break;
      }
    }
  }
}
