// The experiments of `ouro paper`: the two failure modes of Zenil (arXiv 2601.05280, sec. 3) under four alpha schedules.
import type { ExperimentInput } from "../spec/schema.js";

/** The exogenous-fraction schedules compared side by side. */
export const PAPER_SCHEDULES = [
  { label: "alpha = 0", alpha: 0 },
  { label: "summable: 0.5/s^2", alpha: { schedule: "power", a0: 0.5, p: 2 } },
  { label: "slowly vanishing: 0.5/s", alpha: { schedule: "harmonic", a0: 0.5 } },
  { label: "constant 0.1", alpha: 0.1 },
] as const;

export interface PaperExperiment {
  /** Which truth: the table groups rows by it. */
  readonly truth: "categorical" | "gaussian";
  readonly schedule: string;
  readonly spec: ExperimentInput;
}

export interface PaperOptions {
  /** Fewer replicates and generations, for tests and a first look. */
  readonly quick: boolean;
  readonly seed: number;
}

/** The suite: a categorical truth (K = 10, uniform) and a Gaussian N(0, 1), n = 100, each under every schedule. */
export function paperSuite({ quick, seed }: PaperOptions): PaperExperiment[] {
  const generations = quick ? 40 : 200;
  const experiments: PaperExperiment[] = [];
  for (const [i, { label, alpha }] of PAPER_SCHEDULES.entries()) {
    const tag = ["alpha0", "summable", "harmonic", "constant"][i]!;
    experiments.push({
      truth: "categorical",
      schedule: label,
      spec: {
        name: `paper-categorical-${tag}`,
        seed,
        replicates: quick ? 200 : 2000,
        generations,
        truth: { family: "categorical", k: 10 },
        model: { family: "categorical", estimator: "mle" },
        data: { n: 100, regime: "replace", alpha },
      },
    });
    experiments.push({
      truth: "gaussian",
      schedule: label,
      spec: {
        name: `paper-gaussian-${tag}`,
        seed,
        replicates: quick ? 1000 : 20000,
        generations,
        truth: { family: "gaussian", mean: 0, sd: 1 },
        model: { family: "gaussian", estimator: "mle" },
        data: { n: 100, regime: "replace", alpha },
      },
    });
  }
  return experiments;
}

/** The metrics each truth's table shows: diversity (entropy decay) and location drift (variance amplification). */
export const PAPER_METRICS = {
  categorical: { diversity: ["entropy", "gini_simpson"], drift: ["sq_dist"] },
  gaussian: { diversity: ["var", "log_var"], drift: ["sq_err_mean"] },
} as const;
