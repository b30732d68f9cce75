// The shape of one section of `ouro paper`: its experiments, and the tables and findings read off their stored runs.
import type { RunDocument } from "../loop/types.js";
import type { ExperimentInput } from "../spec/schema.js";

export interface PaperOptions {
  /** Fewer replicates and generations, for tests and a first look. */
  readonly quick: boolean;
  /** Include the sections marked slow (e.g. the neural language model). */
  readonly full: boolean;
  readonly seed: number;
}

/** One experiment of a section: a spec, the group it belongs to (rows of a table) and a label for its row. */
export interface PaperExperiment {
  readonly group: string;
  readonly label: string;
  readonly spec: ExperimentInput;
}

/** An experiment after it ran: its stored run id and document. */
export interface PaperRun {
  readonly experiment: PaperExperiment;
  readonly run: string;
  readonly document: RunDocument;
}

export interface PaperTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A section of the paper. Adding one is a new file and one line in sections.ts. */
export interface PaperSection {
  readonly id: string;
  readonly title: string;
  /** A paragraph saying what the section shows and why. */
  readonly intro: string;
  /** Run only with `ouro paper --full` (slow sections). */
  readonly slow?: boolean;
  experiments(options: PaperOptions): PaperExperiment[];
  tables(runs: readonly PaperRun[]): PaperTable[];
  findings(runs: readonly PaperRun[]): string[];
}
