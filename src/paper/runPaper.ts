// Runs the `ouro paper` sections into the store and gathers what their tables show.
import { runGenerations } from "../loop/run.js";
import { normaliseSpec } from "../spec/normaliseSpec.js";
import { type RecordRunOptions, recordRun } from "../store/recordRun.js";
import type { RunStore } from "../store/runStore.js";
import type { PaperExperiment, PaperOptions, PaperRun, PaperSection } from "./paperSection.js";
import { paperSections } from "./sections.js";

export interface PaperSectionResult {
  readonly section: PaperSection;
  readonly runs: readonly PaperRun[];
}

/** The sections a run of the paper includes: every one, but the slow ones only with `full`. */
export function selectedSections(options: PaperOptions, sections = paperSections): PaperSection[] {
  return sections.filter((section) => options.full || !section.slow);
}

/** Validates every spec first (nothing is written if one is bad), then runs them one after another. */
export function runPaper(
  store: () => RunStore,
  options: PaperOptions,
  onRun: (experiment: PaperExperiment, index: number, total: number) => RecordRunOptions = () => ({}),
  sections = selectedSections(options),
): PaperSectionResult[] {
  const planned = sections.map((section) => ({
    section,
    experiments: section
      .experiments(options)
      .map((experiment) => ({ experiment, spec: normaliseSpec(experiment.spec) })),
  }));
  const total = planned.reduce((sum, p) => sum + p.experiments.length, 0);
  let index = 0;
  return planned.map(({ section, experiments }) => ({
    section,
    runs: experiments.map(({ experiment, spec }) => {
      const run = recordRun(spec, runGenerations, store, onRun(experiment, index++, total));
      return { experiment, run, document: store().document(run) };
    }),
  }));
}
