// Issue 5 in the paper: language models of Moby Dick trained on their own text (Shumailov et al. 2024, sec. 4): an
// unsmoothed bigram word model, and (behind --full) a character GRU fine-tuned each generation.
import type { ExperimentInput } from "../spec/schema.js";
import { metricTable } from "./metricTable.js";
import type { PaperExperiment, PaperOptions, PaperRun, PaperSection, PaperTable } from "./paperSection.js";

const METRICS = ["vocab_survival", "ppl_real", "distinct_2", "entropy"] as const;

function generationsShown(last: number): number[] {
  return [...new Set([1, 2, Math.round(last / 2), last])].filter((t) => t >= 1 && t <= last);
}

interface LanguageSectionSetting {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly slow?: boolean;
  /** Names the model in table titles. */
  readonly model: string;
  readonly metrics: readonly string[];
  experiments(options: PaperOptions): PaperExperiment[];
}

/** A section of one language model under several shares of real text: a table per metric, ppl_real ratios. */
function makeLanguageSection(setting: LanguageSectionSetting): PaperSection {
  return {
    id: setting.id,
    title: setting.title,
    intro: setting.intro,
    ...(setting.slow ? { slow: true } : {}),
    experiments: setting.experiments,
    tables(runs: readonly PaperRun[]): PaperTable[] {
      if (runs.length === 0) return [];
      const last = runs[0]!.document.generations.at(-1)?.t ?? 0;
      const shown = generationsShown(last);
      return setting.metrics.map((metric) =>
        metricTable(
          `${setting.model} on Moby Dick: ${metric}; mean ± SE over replicates`,
          "real text",
          metric,
          runs,
          shown,
        ),
      );
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
            ` perplexity on real text x${ratio.toFixed(3)} from t = 1 to t = ${last.t}`,
        ];
      });
    },
  };
}

/** A share of real text in the loop: the spec's data settings beside n, with a tag for the run name. */
interface RealTextShare {
  readonly tag: string;
  readonly label: string;
  readonly data: { readonly regime: "replace" | "accumulate"; readonly alpha: number };
}

/** The sizes, truth and model the experiments of one section share. */
interface LanguageSetup {
  readonly replicates: number;
  readonly generations: number;
  readonly truth: ExperimentInput["truth"];
  readonly model: NonNullable<ExperimentInput["model"]>;
  readonly n: number;
}

/** An experiment per share of real text, named paper-lm-<group>-<tag>. */
function perShare(
  group: string,
  shares: readonly RealTextShare[],
  seed: number,
  setup: LanguageSetup,
): PaperExperiment[] {
  const { replicates, generations, truth, model, n } = setup;
  return shares.map(({ tag, label, data }) => ({
    group,
    label,
    spec: {
      name: `paper-lm-${group}-${tag}`,
      seed,
      replicates,
      generations,
      truth,
      model,
      data: { n, ...data },
    },
  }));
}

const NGRAM_SHARES: readonly RealTextShare[] = [
  { tag: "real0", label: "0% real text", data: { regime: "replace", alpha: 0 } },
  { tag: "real10", label: "10% real text kept", data: { regime: "replace", alpha: 0.1 } },
];

export const languageSection = makeLanguageSection({
  id: "language",
  title: "A language model that eats its own text",
  intro:
    "An unsmoothed (MLE) bigram word model of Moby Dick refit on text it generated, each generated corpus as large " +
    "as the real training split. Without real text the vocabulary dies out, rare words first; keeping 10% real text " +
    "slows the loss. ppl_real is the perplexity of held-out real chapters under the generation-t model.",
  model: "bigram LM",
  metrics: METRICS,
  experiments({ quick, seed }) {
    // Quick: the first 30 chapters (743 blocks of 64 words in training); full: the whole book (3,291 blocks).
    const truth = {
      family: "corpus",
      name: "moby-dick",
      tokenizer: "words",
      block: 64,
      ...(quick ? { documents: 30 } : {}),
    };
    return perShare("ngram", NGRAM_SHARES, seed, {
      replicates: 3,
      generations: quick ? 6 : 15,
      truth,
      model: { family: "ngram", order: 2, smoothing: "mle" },
      n: quick ? 743 : 3291,
    });
  },
});

const NEURAL_SHARES: readonly RealTextShare[] = [
  ...NGRAM_SHARES,
  { tag: "accumulate", label: "accumulate (all text kept)", data: { regime: "accumulate", alpha: 0 } },
];

/** The neural case of examples/lm-neural-collapse.yaml: minutes of training, so only with --full. */
export const neuralLanguageSection = makeLanguageSection({
  id: "language-neural",
  title: "A neural language model fine-tuned on its own text",
  intro:
    "A character GRU of Moby Dick (24 chapters), trained on the real text at t = 0 and fine-tuned each generation " +
    "on text it generated (Adam, learning rate 0.01 at t = 0 and 0.002 after), as the classic experiment fine-tunes " +
    "a pretrained model. Without real text its perplexity on held-out real text rises generation after generation; " +
    "with 10% real text kept it stays within a few percent of generation 1; accumulating all text keeps it there.",
  slow: true,
  model: "character GRU",
  metrics: ["ppl_real", "vocab_survival", "distinct_2"],
  experiments({ quick, seed }) {
    const truth = quick
      ? { family: "corpus", name: "moby-dick", tokenizer: "chars", block: 16, documents: 12, max_chars: 600 }
      : {
          family: "corpus",
          name: "moby-dick",
          tokenizer: "chars",
          block: 32,
          documents: 24,
          max_chars: 4000,
        };
    const model = quick
      ? {
          family: "neural",
          hidden: 8,
          steps: 4,
          steps0: 20,
          batch: 8,
          learning_rate: 0.002,
          learning_rate0: 0.01,
        }
      : {
          family: "neural",
          hidden: 48,
          steps: 60,
          steps0: 300,
          batch: 32,
          learning_rate: 0.002,
          learning_rate0: 0.01,
        };
    return perShare("neural", NEURAL_SHARES, seed, {
      replicates: 2,
      generations: quick ? 3 : 10,
      truth,
      model,
      n: quick ? 100 : 2385,
    });
  },
});
