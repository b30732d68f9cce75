// The options of symbolic regression as one data structure (after SymbolicRegression.jl's Options; Cranmer 2023, arXiv 2305.01582).
import { BINARY_OPS, type BinaryOp, UNARY_OPS, type UnaryOp } from "./exprTree.js";

export interface RegressOptions {
  readonly unary: readonly UnaryOp[];
  readonly binary: readonly BinaryOp[];
  /** Largest term of the library, in nodes. */
  readonly maxSize: number;
  readonly constants: readonly number[];
  readonly exponents: readonly number[];
  /** Budget of the term enumeration, in evaluated candidates (deterministic, unlike wall time). */
  readonly maxEvaluations: number;
  /** Beam over linear combinations of terms: states kept per depth, terms tried per state, most terms. */
  readonly beamWidth: number;
  readonly expansions: number;
  readonly maxTerms: number;
  /** Exhaustive sums of at most subsetTerms of the simplest terms, as many as subsetBudget subsets allow. */
  readonly subsetTerms: number;
  readonly subsetBudget: number;
  /** Anchor x library pairs tried by the completion search (anchors are the simplest terms). */
  readonly completionBudget: number;
  /** Candidates that get constant snapping and Levenberg-Marquardt. */
  readonly finalists: number;
  /** Data quantisation, relative to the target's spread: the floor of the noise model. */
  readonly precision: number;
  readonly lmIterations: number;
  /** Seed of the Levenberg-Marquardt restarts. */
  readonly seed: number;
}

export const defaultRegressOptions: RegressOptions = {
  unary: UNARY_OPS,
  binary: BINARY_OPS,
  maxSize: 7,
  constants: [1, 2],
  exponents: [2, 3, 4, 5, 6],
  maxEvaluations: 3_000_000,
  beamWidth: 8,
  expansions: 8,
  maxTerms: 4,
  subsetTerms: 6,
  subsetBudget: 1_000_000,
  completionBudget: 40_000_000,
  finalists: 24,
  precision: 1e-9,
  lmIterations: 60,
  seed: 1,
};

/** Evaluations per "second" of `--seconds`: a fixed rate, so that a budget in seconds gives the same result anywhere. */
export const EVALUATIONS_PER_SECOND = 1_000_000;
