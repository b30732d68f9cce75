// Runs a planned sweep on a backend into the store: cells already stored are skipped (a restart resumes), each result stored once.
import { writeCtmTable } from "../complexity/ctm/writeCtmTable.js";
import { RunStore } from "../store/runStore.js";
import { SweepStore } from "../store/sweepStore.js";
import type { CellResult, SweepCell, SweepPlan } from "./cellTypes.js";
import { type CtmSweepDocument, ctmSweepDocument } from "./ctmSweepDocument.js";
import { type ExperimentSweepDocument, experimentSweepDocument } from "./experimentSweepDocument.js";
import { type BackendChoice, openBackend } from "./openBackend.js";

export interface SweepProgressEvent {
  /** Cells stored, those of earlier runs of this sweep included. */
  readonly done: number;
  readonly total: number;
  /** Cells that were in the store when this run started. */
  readonly resumed: number;
}

export interface RunSweepOptions extends BackendChoice {
  /** The store file. */
  readonly db: string;
  readonly onStart?: (info: {
    readonly backend: string;
    readonly resumed: number;
    readonly total: number;
  }) => void;
  readonly onProgress?: (progress: SweepProgressEvent) => void;
}

export interface SweepOutcome {
  readonly document: ExperimentSweepDocument | CtmSweepDocument;
  readonly backend: string;
  readonly resumed: number;
  readonly seconds: number;
}

/** Some cells failed: the others are stored, and running the sweep again runs only the missing ones. */
export class SweepFailedError extends Error {
  readonly failures: readonly { readonly cell: SweepCell; readonly message: string }[];
  constructor(sweep: string, failures: readonly { readonly cell: SweepCell; readonly message: string }[]) {
    const first = failures[0];
    super(
      `sweep ${sweep}: ${failures.length} cell(s) failed; first, cell ${first?.cell.index} (${JSON.stringify(first?.cell.params)}): ${first?.message.split("\n")[0]}`,
    );
    this.name = "SweepFailedError";
    this.failures = failures;
  }
}

function storeResult(store: SweepStore, plan: SweepPlan, cell: SweepCell, result: CellResult): void {
  if (cell.task.kind === "experiment" && result.kind === "experiment") {
    store.storeRunCell(plan.id, cell.index, {
      spec: cell.task.spec,
      records: result.records,
      seconds: result.seconds,
    });
  } else if (cell.task.kind === "ctm-unit" && result.kind === "ctm-unit") {
    store.storeResultCell(plan.id, cell.index, JSON.stringify(result.counts), result.seconds);
  } else {
    throw new Error(`cell ${cell.index}: a ${cell.task.kind} task returned a ${result.kind} result`);
  }
}

/**
 * Opens the backend first (an unreachable queue fails before the store is touched), registers the sweep, runs the
 * cells the store lacks and returns the sweep's document. A CTM sweep with `out` writes its table.
 */
export async function runSweep(plan: SweepPlan, options: RunSweepOptions): Promise<SweepOutcome> {
  const start = performance.now();
  const backend = await openBackend(options);
  let sweeps: SweepStore | undefined;
  try {
    sweeps = SweepStore.open(options.db);
    const store = sweeps;
    store.beginSweep({
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      spec: plan.document,
      cells: plan.cells.map((cell) => ({ hash: cell.hash, params: cell.params })),
    });
    const stored = new Set(
      store
        .cells(plan.id)
        .filter((cell) => cell.run !== null || cell.result !== null)
        .map((cell) => cell.index),
    );
    const pending = plan.cells.filter((cell) => !stored.has(cell.index));
    const resumed = stored.size;
    const total = plan.cells.length;
    options.onStart?.({ backend: backend.description, resumed, total });
    let done = resumed;
    const failures: { cell: SweepCell; message: string }[] = [];
    await backend.run(pending, {
      result(cell, result) {
        storeResult(store, plan, cell, result);
        done++;
        options.onProgress?.({ done, total, resumed });
      },
      failure(cell, message) {
        failures.push({ cell, message });
      },
    });
    if (failures.length > 0) {
      failures.sort((a, b) => a.cell.index - b.cell.index);
      throw new SweepFailedError(plan.id, failures);
    }
    store.finishSweep(plan.id);
    const seconds = (performance.now() - start) / 1000;
    let document: ExperimentSweepDocument | CtmSweepDocument;
    if (plan.kind === "ctm") {
      const merged = ctmSweepDocument(plan, store, seconds);
      if (plan.ctm?.out !== undefined) writeCtmTable(plan.ctm.out, merged.table);
      document = merged.document;
    } else {
      const runs = RunStore.open(options.db);
      try {
        document = experimentSweepDocument(plan, store, runs);
      } finally {
        runs.close();
      }
    }
    return { document, backend: backend.description, resumed, seconds };
  } finally {
    sweeps?.close();
    await backend.close();
  }
}
