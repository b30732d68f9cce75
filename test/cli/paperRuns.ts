// Runs the experiments of a paper section in memory (no store), as the PaperRun documents its tables are read from.
import { runGenerations } from "../../src/loop/run.js";
import type { GenerationRecord } from "../../src/loop/types.js";
import type { PaperExperiment, PaperRun } from "../../src/paper/paperSection.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

export function runPaperExperiments(experiments: readonly PaperExperiment[]): PaperRun[] {
  return experiments.map((experiment, i) => {
    const generations: GenerationRecord[] = [];
    for (const step of runGenerations(normaliseSpec(experiment.spec)))
      generations[step.record.t] = step.record;
    return {
      experiment,
      run: `r${i}`,
      document: { name: experiment.spec.name ?? "", run: `r${i}`, spec: experiment.spec, generations },
    };
  });
}
