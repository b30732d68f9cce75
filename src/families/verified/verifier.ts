// What a verifier is to the verified families (issue 6): an acceptance probability per candidate, perhaps learned.
import type { Moments } from "./moments.js";

/** The correctness criterion of the Gaussian task: |x - mean| <= tolerance. */
export interface GaussianTask {
  readonly mean: number;
  readonly tolerance: number;
}

/**
 * A verifier of answers: v(q, a), the probability that answer a to question q is accepted, as a table
 * v[q * K + a]. A learned verifier's table is its state (it travels with the model); a fixed one's never changes.
 */
export interface AnswerVerifier {
  readonly initial: Float64Array;
  /** The table refit on the verdicts in a generation's data (counts per cell); absent when it does not learn. */
  readonly learn?: (accepted: Float64Array, judged: Float64Array) => Float64Array;
}

/** A verifier of real-valued candidates, with a centre (the point it prefers) that a learned verifier moves. */
export interface GaussianVerifier {
  readonly initialCentre: number;
  /** The probability of accepting x when the verifier's centre is `centre`. */
  acceptance(x: number, centre: number): number;
  /** Under the policy N(mean, variance): P(accept) and P(accept and wrong), exactly. */
  judgePolicy(mean: number, variance: number, centre: number): { accept: number; acceptWrong: number };
  /** The centre refit on what it accepted in a generation; absent when it does not learn. */
  readonly learn?: (accepted: Moments, centre: number) => number;
}
