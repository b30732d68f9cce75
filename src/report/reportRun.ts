// A run as a report shows it: what the store says about it (provenance) and its document (spec, generations).
import type { RunDocument } from "../loop/types.js";
import type { RunStore } from "../store/runStore.js";
import type { RunSummary } from "../store/types.js";

export interface ReportRun {
  readonly summary: RunSummary;
  readonly document: RunDocument;
}

/** Reads the runs in the order given; an unknown id throws the store's InputError before anything is drawn. */
export function loadReportRuns(store: RunStore, ids: readonly string[]): ReportRun[] {
  return ids.map((id) => ({ summary: store.run(id), document: store.document(id) }));
}
