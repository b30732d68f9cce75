// Runs the `ouro paper` suite into the store and gathers what its tables show.
import { runGenerations } from "../loop/run.js";
import type { RunDocument } from "../loop/types.js";
import { normaliseSpec } from "../spec/normaliseSpec.js";
import { type RecordRunOptions, recordRun } from "../store/recordRun.js";
import type { RunStore } from "../store/runStore.js";
import { type DiversityTrace, traceMetric } from "./paperFindings.js";
import { PAPER_METRICS, type PaperExperiment, type PaperOptions, paperSuite } from "./paperSuite.js";

export interface PaperResult {
  readonly truth: PaperExperiment["truth"];
  readonly schedule: string;
  readonly run: string;
  readonly document: RunDocument;
  /** Diversity metrics (entropy decay) and drift metrics (variance amplification), traced over the run. */
  readonly diversity: readonly DiversityTrace[];
  readonly drift: readonly DiversityTrace[];
}

/** Validates every spec first (nothing is written if one is bad), then runs them one after another. */
export function runPaper(
  store: () => RunStore,
  options: PaperOptions,
  onRun: (experiment: PaperExperiment, index: number, total: number) => RecordRunOptions = () => ({}),
): PaperResult[] {
  const suite = paperSuite(options).map((experiment) => ({
    experiment,
    spec: normaliseSpec(experiment.spec),
  }));
  return suite.map(({ experiment, spec }, index) => {
    const run = recordRun(spec, runGenerations, store, onRun(experiment, index, suite.length));
    const document = store().document(run);
    const metrics = PAPER_METRICS[experiment.truth];
    return {
      truth: experiment.truth,
      schedule: experiment.schedule,
      run,
      document,
      diversity: metrics.diversity.map((m) => traceMetric(document.generations, m)),
      drift: metrics.drift.map((m) => traceMetric(document.generations, m)),
    };
  });
}
