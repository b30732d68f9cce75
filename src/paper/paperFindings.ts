// Reads the two failure modes off stored runs: entropy decay (monotone fall in expectation) and location drift.
import type { GenerationRecord, MetricSummary } from "../loop/types.js";

/** How a diversity metric moved over a run: its values at chosen generations and whether it fell monotonically. */
export interface DiversityTrace {
  readonly metric: string;
  readonly at: readonly { readonly t: number; readonly summary: MetricSummary }[];
  /** Generations t >= 2 where the mean rose above the previous mean by more than 4 combined SE. */
  readonly significantRises: number;
}

/** The generations the table shows: 1, 10, a quarter, a half, and the last. */
export function checkpointsFor(generations: number): number[] {
  const picks = [1, 10, Math.round(generations / 4), Math.round(generations / 2), generations];
  return [...new Set(picks.filter((t) => t >= 1 && t <= generations))].sort((a, b) => a - b);
}

export function traceMetric(generations: readonly GenerationRecord[], metric: string): DiversityTrace {
  const last = generations.at(-1)?.t ?? 0;
  const at = checkpointsFor(last).flatMap((t) => {
    const summary = generations[t]?.metrics[metric];
    return summary ? [{ t, summary }] : [];
  });
  let significantRises = 0;
  for (let t = 2; t < generations.length; t++) {
    const before = generations[t - 1]!.metrics[metric];
    const now = generations[t]!.metrics[metric];
    if (!before || !now || before.mean === null || now.mean === null) continue;
    const se = Math.hypot(before.se ?? 0, now.se ?? 0);
    if (now.mean - before.mean > 4 * se) significantRises++;
  }
  return { metric, at, significantRises };
}
