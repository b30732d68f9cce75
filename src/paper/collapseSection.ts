// The paper's two failure modes (Zenil, arXiv 2601.05280, sec. 3): entropy decay and variance amplification under four alpha schedules.
import { formatNumber, formatSummary, formatUncertainty } from "./formatCells.js";
import { traceMetric } from "./paperFindings.js";
import type { PaperExperiment, PaperRun, PaperSection, PaperTable } from "./paperSection.js";

/** The exogenous-fraction schedules compared side by side. */
export const PAPER_SCHEDULES = [
  { tag: "alpha0", label: "alpha = 0", alpha: 0 },
  { tag: "summable", label: "summable: 0.5/s^2", alpha: { schedule: "power", a0: 0.5, p: 2 } },
  { tag: "harmonic", label: "slowly vanishing: 0.5/s", alpha: { schedule: "harmonic", a0: 0.5 } },
  { tag: "constant", label: "constant 0.1", alpha: 0.1 },
] as const;

/** Diversity metrics (entropy decay) and drift metrics (variance amplification) per truth. */
const METRICS = {
  categorical: { diversity: ["entropy", "gini_simpson"], drift: ["sq_dist"] },
  gaussian: { diversity: ["var", "log_var"], drift: ["sq_err_mean"] },
} as const;
type Truth = keyof typeof METRICS;

function tablesFor(truth: Truth, runs: readonly PaperRun[]): PaperTable[] {
  const group = runs.filter((r) => r.experiment.group === truth);
  if (group.length === 0) return [];
  const { diversity, drift } = METRICS[truth];
  return [...diversity, ...drift].map((metric) => {
    const isDiversity = (diversity as readonly string[]).includes(metric);
    const traces = group.map((r) => traceMetric(r.document.generations, metric));
    const kind = isDiversity ? "diversity (entropy decay)" : "drift from P* (variance amplification)";
    return {
      title: `${truth}: ${metric}, ${kind}; mean ± SE over replicates`,
      header: [
        "schedule",
        ...traces[0]!.at.map(({ t }) => `t = ${t}`),
        ...(isDiversity ? ["rises > 4 SE"] : []),
      ],
      rows: group.map((r, i) => {
        const trace = traces[i]!;
        const cells = [r.experiment.label, ...trace.at.map(({ summary }) => formatSummary(summary))];
        return isDiversity ? [...cells, String(trace.significantRises)] : cells;
      }),
    };
  });
}

export const collapseSection: PaperSection = {
  id: "collapse",
  title: "Entropy decay and variance amplification",
  intro:
    "Zenil (arXiv 2601.05280) argues that closed-loop density matching degenerates when the exogenous fraction " +
    "alpha_t vanishes: diversity is lost (entropy decay) and the model's location drifts (variance amplification). " +
    "A categorical truth (K = 10, uniform) and a Gaussian N(0, 1), n = 100, under four schedules; each row is one stored run. " +
    "Fresh samples per generation are round(alpha_t n), so with n = 100 the harmonic schedule 0.5/s adds none from s = 101 on: " +
    "at finite n a vanishing alpha ends at a finite time, and the theory column follows it.",
  experiments({ quick, seed }) {
    const generations = quick ? 40 : 200;
    const experiments: PaperExperiment[] = [];
    for (const { tag, label, alpha } of PAPER_SCHEDULES) {
      experiments.push({
        group: "categorical",
        label,
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
        group: "gaussian",
        label,
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
  },
  tables: (runs) => [...tablesFor("categorical", runs), ...tablesFor("gaussian", runs)],
  findings(runs) {
    return runs.flatMap((r) => {
      const g = r.document.generations;
      const last = g.at(-1);
      if (!last) return [];
      if (r.experiment.group === "categorical") {
        const drop = g[1]?.metrics.entropy_drop;
        const fixed = last.metrics.fixed;
        return [
          `categorical, ${r.experiment.label}: first-step entropy drop ${formatNumber(drop?.mean)} ± ${formatUncertainty(drop?.se)} nats` +
            (drop?.theory != null ? ` (Miller-Madow ${formatNumber(drop.theory)})` : "") +
            `; share fixed on one outcome at t = ${last.t}: ${formatNumber(fixed?.mean, 3)}`,
        ];
      }
      const v = last.metrics.var;
      const d = last.metrics.sq_err_mean;
      return [
        `gaussian, ${r.experiment.label}: at t = ${last.t} E sigma^2 = ${formatNumber(v?.mean)} (theory ${formatNumber(v?.theory)}),` +
          ` E (mu - mu*)^2 = ${formatNumber(d?.mean)} (theory ${formatNumber(d?.theory)})`,
      ];
    });
  },
};
