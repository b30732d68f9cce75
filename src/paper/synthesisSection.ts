// Issue 4 in the paper: a learner that identifies the generating program against density matchers at alpha = 0 (Zenil arXiv 2601.05280, sec. 6; Zenil et al. 2019, Nat. Mach. Intell. 1).
import type { MetricSummary } from "../loop/types.js";
import { formatNumber, formatSummary, formatUncertainty } from "./formatCells.js";
import type { PaperExperiment, PaperOptions, PaperRun, PaperSection, PaperTable } from "./paperSection.js";
import { decisiveSuite, sweepSuite } from "./synthesisSuite.js";

const TRUTH_TITLES: Record<string, string> = {
  eca30: "ECA rule 30 centre column, 1% flips, n = 256",
  "thue-morse": "Thue-Morse, 1% flips, n = 256",
  formula: "y = sin(x) + x^2 + N(0, 0.1^2), n = 50",
};

/** Replicates and generations: quick (seconds), default (about a minute), long (the 100 generations). */
function sizes(options: PaperOptions, long: boolean): { replicates: number; generations: number } {
  if (long) return { replicates: 20, generations: 100 };
  return options.quick ? { replicates: 2, generations: 3 } : { replicates: 4, generations: 15 };
}

function at(run: PaperRun, t: number, metric: string): MetricSummary | undefined {
  return run.document.generations[t]?.metrics[metric];
}

function last(run: PaperRun): number {
  return run.document.generations.at(-1)?.t ?? 0;
}

function cell(summary: MetricSummary | undefined): string {
  return summary ? formatSummary(summary) : "-";
}

/**
 * Per-generation probability that the identified program changes: the mean over t = 2..T of the share of replicates
 * whose program changed, with the SE of that mean treating generations as independent (a lower bound on the SE).
 */
export function changeRate(run: PaperRun): { mean: number; se: number } | null {
  const g = run.document.generations;
  let sum = 0;
  let se2 = 0;
  let count = 0;
  for (let t = 2; t < g.length; t++) {
    const s = g[t]?.metrics.changed;
    if (!s || s.mean === null) continue;
    sum += s.mean;
    se2 += (s.se ?? 0) ** 2;
    count++;
  }
  return count === 0 ? null : { mean: sum / count, se: Math.sqrt(se2) / count };
}

function decisiveTable(truth: string, runs: readonly PaperRun[]): PaperTable {
  const T = last(runs[0]!);
  const driftMetric = truth === "formula" ? "drift" : "tv";
  return {
    title:
      `${TRUTH_TITLES[truth] ?? truth}: entropy (${truth === "formula" ? "differential, of the noise, bits" : "bits/symbol"}), KL to the truth (bits), drift ` +
      `(${driftMetric === "tv" ? "total variation of 4-blocks" : "RMS distance of f"}), P(program changes)/generation; mean ± SE`,
    header: [
      "learner",
      "entropy t = 1",
      `entropy t = ${T}`,
      "KL t = 1",
      `KL t = ${T}`,
      `drift t = ${T}`,
      "P(change)/gen",
      `correct t = ${T}`,
    ],
    rows: runs.map((r) => {
      const change = changeRate(r);
      return [
        r.experiment.label,
        cell(at(r, 1, "entropy")),
        cell(at(r, T, "entropy")),
        cell(at(r, 1, "kl")),
        cell(at(r, T, "kl")),
        cell(at(r, T, driftMetric)),
        change ? `${formatNumber(change.mean, 3)} ± ${formatUncertainty(change.se)}` : "-",
        cell(at(r, T, "correct")),
      ];
    }),
  };
}

function sweepTable(runs: readonly PaperRun[]): PaperTable {
  const ns = [...new Set(runs.map((r) => r.experiment.label.split(",")[0]!))];
  const noises = [...new Set(runs.map((r) => r.experiment.label.split(",")[1]!.trim()))];
  const T = last(runs[0]!);
  return {
    title: `breakdown of identification, symbolic learner on ECA 30: share correct at t = ${T} (KL bits); mean ± SE`,
    header: ["n", ...noises],
    rows: ns.map((n) => [
      n,
      ...noises.map((noise) => {
        const r = runs.find((x) => x.experiment.label === `${n}, ${noise}`);
        if (!r) return "-";
        const c = at(r, T, "correct");
        const k = at(r, T, "kl");
        return `${cell(c)} (${formatNumber(k?.mean, 3)})`;
      }),
    ]),
  };
}

function truthFindings(truth: string, runs: readonly PaperRun[]): string[] {
  const sym = runs.find((r) => r.experiment.label === "symbolic");
  if (!sym) return [];
  const T = last(sym);
  const kl = (r: PaperRun) => at(r, T, "kl");
  const symKl = kl(sym);
  const out: string[] = [];
  const others = runs.filter((r) => r !== sym);
  const compared = others.map(
    (r) => `${r.experiment.label} ${formatNumber(kl(r)?.mean, 3)} ± ${formatUncertainty(kl(r)?.se)}`,
  );
  const below = others.filter((r) => (symKl?.mean ?? Number.POSITIVE_INFINITY) < (kl(r)?.mean ?? 0));
  out.push(
    `${truth}: at t = ${T} the symbolic learner's KL to the truth is ${formatNumber(symKl?.mean, 3)} ± ` +
      `${formatUncertainty(symKl?.se)} bits against ${compared.join(", ")}; lower than ${below.length} of ${others.length} density matchers.`,
  );
  const correct = at(sym, T, "correct");
  const change = changeRate(sym);
  const noiseMetric = truth === "formula" ? "sigma" : "flip";
  const noise0 = at(sym, 1, noiseMetric);
  const noiseT = at(sym, T, noiseMetric);
  const truthNoise = truth === "formula" ? 0.1 : 0.01;
  out.push(
    `${truth}: program correct at t = ${T} in ${formatNumber(correct?.mean, 3)} ± ${formatUncertainty(correct?.se)} of replicates, ` +
      `changing with probability ${formatNumber(change?.mean, 3)} ± ${formatUncertainty(change?.se)} per generation; ` +
      `fitted ${noiseMetric} ${formatNumber(noise0?.mean, 3)} at t = 1 and ${formatNumber(noiseT?.mean, 3)} at t = ${T} (truth ${truthNoise}).`,
  );
  if ((correct?.mean ?? 0) < 1)
    out.push(
      `${truth}: where the symbolic learner fails: ${formatNumber(1 - (correct?.mean ?? 0), 3)} of replicates hold a wrong ` +
        `program at t = ${T}; ` +
        ((change?.mean ?? 0) > 0
          ? "the identified program keeps changing, so at this n and noise the data do not single out the mechanism and the loop does not settle at the truth."
          : "a wrong program refit on its own samples is a fixed point too, so the error is never corrected."),
    );
  if ((noiseT?.mean ?? truthNoise) < truthNoise / 2)
    out.push(
      `${truth}: the program is kept, but its statistical part collapses: the fitted ${noiseMetric} is re-estimated from ` +
        `its own samples (a Wright-Fisher walk with 0 absorbing), so KL to the noisy truth grows even with the right mechanism.`,
    );
  return out;
}

function makeSection(long: boolean): PaperSection {
  return {
    id: long ? "synthesis-long" : "synthesis",
    title: long
      ? "Mechanism versus density, 100 generations, and where identification breaks down"
      : "A learner that identifies the mechanism",
    intro:
      "Truths that are programs (an ECA rule 30 centre column, Thue-Morse, a noisy formula), alpha = 0. The symbolic " +
      "learner refits by the three-part update (MAP program by description length, causal correction, noise model on " +
      "top) and samples by running the program plus noise; the density matchers (blocks, n-gram, polynomial, k-NN) fit " +
      "the samples themselves. When the program is identified, resampling and re-identifying it is a fixed point at the " +
      "truth; the rows show where that holds and where it does not." +
      (long ? " The sweep maps identification of ECA 30 over n and the flip rate." : ""),
    ...(long ? { slow: true } : {}),
    experiments(options) {
      const o = { ...sizes(options, long), seed: options.seed };
      const experiments: PaperExperiment[] = decisiveSuite(o).map((c) => ({
        group: c.label.truth,
        label: c.label.learner,
        spec: { ...c.spec, name: `paper-${long ? "long-" : ""}${c.spec.name}` },
      }));
      if (long)
        for (const c of sweepSuite({ replicates: 10, generations: 30, seed: options.seed }))
          experiments.push({
            group: "sweep",
            label: `n = ${c.label.n}, noise ${c.label.noise}`,
            spec: { ...c.spec, name: `paper-sweep-${c.spec.name}` },
          });
      return experiments;
    },
    tables(runs) {
      const tables: PaperTable[] = [];
      for (const truth of Object.keys(TRUTH_TITLES)) {
        const group = runs.filter((r) => r.experiment.group === truth);
        if (group.length > 0) tables.push(decisiveTable(truth, group));
      }
      const sweep = runs.filter((r) => r.experiment.group === "sweep");
      if (sweep.length > 0) tables.push(sweepTable(sweep));
      return tables;
    },
    findings(runs) {
      return Object.keys(TRUTH_TITLES).flatMap((truth) =>
        truthFindings(
          truth,
          runs.filter((r) => r.experiment.group === truth),
        ),
      );
    },
  };
}

export const synthesisSection: PaperSection = makeSection(false);
/** The 100-generation, 20-replicate run and the (n, noise) sweep: `ouro paper --full` only. */
export const synthesisLongSection: PaperSection = makeSection(true);
