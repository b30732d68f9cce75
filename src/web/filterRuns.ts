// Filters the run list for GET /api/runs: status, sweep, and a text query over id and name.

import { inputError } from "../core/errors.js";
import type { RunStatus, RunSummary } from "../store/types.js";
import { RUN_STATUSES } from "../store/types.js";

export interface RunFilter {
  readonly status?: string | undefined;
  readonly sweep?: string | undefined;
  readonly q?: string | undefined;
}

export function filterRuns(runs: readonly RunSummary[], filter: RunFilter): RunSummary[] {
  const { status, sweep, q } = filter;
  if (status !== undefined && status !== "" && !RUN_STATUSES.includes(status as RunStatus)) {
    throw inputError("status", status, RUN_STATUSES.join(", "));
  }
  const text = q?.trim().toLowerCase() ?? "";
  return runs.filter(
    (r) =>
      (status === undefined || status === "" || r.status === status) &&
      (sweep === undefined || sweep === "" || r.sweep === sweep) &&
      (text === "" || r.run.toLowerCase().includes(text) || r.name.toLowerCase().includes(text)),
  );
}
