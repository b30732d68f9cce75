// Issue 5 in the paper: an unsmoothed bigram word model of Moby Dick trained on its own text (Shumailov et al. 2024, sec. 4).
import { formatSummary } from "./formatCells.js";
import type { PaperExperiment, PaperRun, PaperSection, PaperTable } from "./paperSection.js";

const METRICS = ["vocab_survival", "ppl_real", "distinct_2", "entropy"] as const;
const SCHEDULES = [
  { tag: "real0", label: "0% real text", alpha: 0 },
  { tag: "real10", label: "10% real text kept", alpha: 0.1 },
] as const;

function generationsShown(last: number): number[] {
  return [...new Set([1, 2, Math.round(last / 2), last])].filter((t) => t >= 1 && t <= last);
}

export const languageSection: PaperSection = {
  id: "language",
  title: "A language model that eats its own text",
  intro:
    "An unsmoothed (MLE) bigram word model of Moby Dick refit on text it generated, each generated corpus as large " +
    "as the real training split. Without real text the vocabulary dies out, rare words first; keeping 10% real text " +
    "slows the loss. ppl_real is the perplexity of held-out real chapters under the generation-t model.",
  experiments({ quick, seed }) {
    // Quick: the first 30 chapters (743 blocks of 64 words in training); full: the whole book (3,291 blocks).
    const truth = {
      family: "corpus",
      name: "moby-dick",
      tokenizer: "words",
      block: 64,
      ...(quick ? { documents: 30 } : {}),
    };
    return SCHEDULES.map(
      ({ tag, label, alpha }): PaperExperiment => ({
        group: "ngram",
        label,
        spec: {
          name: `paper-lm-ngram-${tag}`,
          seed,
          replicates: 3,
          generations: quick ? 6 : 15,
          truth,
          model: { family: "ngram", order: 2, smoothing: "mle" },
          data: { n: quick ? 743 : 3291, regime: "replace", alpha },
        },
      }),
    );
  },
  tables(runs: readonly PaperRun[]): PaperTable[] {
    if (runs.length === 0) return [];
    const last = runs[0]!.document.generations.at(-1)?.t ?? 0;
    const shown = generationsShown(last);
    return METRICS.map((metric) => ({
      title: `bigram LM on Moby Dick: ${metric}; mean ± SE over replicates`,
      header: ["real text", ...shown.map((t) => `t = ${t}`)],
      rows: runs.map((r) => [
        r.experiment.label,
        ...shown.map((t) => {
          const summary = r.document.generations[t]?.metrics[metric];
          return summary ? formatSummary(summary) : "-";
        }),
      ]),
    }));
  },
  findings(runs) {
    return runs.flatMap((r) => {
      const g = r.document.generations;
      const first = g[1]?.metrics;
      const last = g.at(-1);
      if (!first || !last) return [];
      const ratio = (last.metrics.ppl_real?.mean ?? Number.NaN) / (first.ppl_real?.mean ?? Number.NaN);
      return [
        `${r.experiment.label}: vocabulary survival ${last.metrics.vocab_survival?.mean?.toFixed(3)} at t = ${last.t};` +
          ` perplexity on real text x${ratio.toFixed(2)} from t = 1 to t = ${last.t}`,
      ];
    });
  },
};
