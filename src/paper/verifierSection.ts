// Issue 6 in the paper: self-improvement filtered by a verifier drifts to what the verifier accepts (Zenil, arXiv 2601.05280, sec. 5).
import { formatSummary } from "./formatCells.js";
import { metricTable } from "./metricTable.js";
import type { PaperExperiment, PaperRun, PaperSection, PaperTable } from "./paperSection.js";

const ANSWER_METRICS = ["true_accuracy", "verifier_accuracy", "accuracy_gap", "accepted_wrong"] as const;
const GAUSSIAN_METRICS = ["mean", "var", "dist_truth", "dist_verifier"] as const;

const threshold = { kind: "threshold", false_positive: 0.2, false_negative: 0.2, errors: "fixed", seed: 3 };
const ANSWER_RUNS = [
  { tag: "perfect", label: "perfect verifier", verifier: { kind: "perfect" }, alpha: 0 },
  {
    tag: "threshold",
    label: "threshold verifier (fp = fn = 0.2, fixed blind spots)",
    verifier: threshold,
    alpha: 0,
  },
  { tag: "threshold-alpha", label: "same, with alpha = 0.1 ground truth", verifier: threshold, alpha: 0.1 },
  {
    tag: "learned",
    label: "learned self-verifier",
    verifier: { kind: "learned", false_positive: 0.2, false_negative: 0.2, prior: 5 },
    alpha: 0,
  },
] as const;

function shownGenerations(last: number): number[] {
  return [...new Set([0, 1, Math.round(last / 2), last])].filter((t) => t <= last);
}

function table(title: string, metric: string, runs: readonly PaperRun[]): PaperTable {
  const last = runs[0]!.document.generations.at(-1)?.t ?? 0;
  return metricTable(
    `${title}: ${metric}; mean ± SE over replicates`,
    "verifier",
    metric,
    runs,
    shownGenerations(last),
  );
}

export const verifierSection: PaperSection = {
  id: "verifiers",
  title: "Self-improvement with verifiers",
  intro:
    "Generate, verify, refit on what the verifier accepts. A perfect verifier raises true accuracy to the ceiling; " +
    "an imperfect one raises the accuracy it measures while true accuracy plateaus, so the gap (semantic drift) " +
    "widens; a small share of ground truth bounds it. On a Gaussian, a soft verifier centred at c = 2 pulls the " +
    "model to c and shrinks its variance: 1/s_t^2 = 1/s_0^2 + t/tau^2 (theory, dashed in the report).",
  experiments({ quick, seed }) {
    const answers: PaperExperiment[] = ANSWER_RUNS.map(({ tag, label, verifier, alpha }) => ({
      group: "answers",
      label,
      spec: {
        name: `paper-verifier-${tag}`,
        seed,
        replicates: quick ? 20 : 100,
        generations: quick ? 8 : 20,
        truth: { family: "answers", questions: 25, candidates: 5 },
        model: {
          family: "answer-policy",
          verifier,
          update: { rule: "rejection" },
          rate: 0.5,
          initial: { accuracy: 0.3, distractor: 0.5 },
        },
        data: { n: 500, alpha },
      },
    }));
    const soft: PaperExperiment = {
      group: "gaussian",
      label: "soft verifier, c = 2, tau = 1",
      spec: {
        name: "paper-verifier-soft",
        seed,
        replicates: quick ? 10 : 50,
        generations: 10,
        truth: { family: "gaussian", mean: 0, sd: 1 },
        model: {
          family: "gaussian-policy",
          verifier: { kind: "soft", centre: 2, tau: 1 },
          update: { rule: "rejection" },
        },
        data: { n: 10000 },
      },
    };
    return [...answers, soft];
  },
  tables(runs) {
    const answers = runs.filter((r) => r.experiment.group === "answers");
    const gaussian = runs.filter((r) => r.experiment.group === "gaussian");
    return [
      ...(answers.length > 0
        ? ANSWER_METRICS.map((m) => table("answer task (25 questions, 5 candidates)", m, answers))
        : []),
      ...(gaussian.length > 0
        ? GAUSSIAN_METRICS.map((m) => table("Gaussian policy, truth N(0, 1)", m, gaussian))
        : []),
    ];
  },
  findings(runs) {
    return runs.flatMap((r) => {
      const last = r.document.generations.at(-1);
      if (!last) return [];
      if (r.experiment.group === "answers") {
        const trueAcc = last.metrics.true_accuracy;
        const gap = last.metrics.accuracy_gap;
        return [
          `${r.experiment.label}: at t = ${last.t} true accuracy ${formatSummary(trueAcc!)}, gap ${formatSummary(gap!)}`,
        ];
      }
      return [
        `${r.experiment.label}: at t = ${last.t} mean ${formatSummary(last.metrics.mean!)}, var ${formatSummary(last.metrics.var!)}`,
      ];
    });
  },
};
