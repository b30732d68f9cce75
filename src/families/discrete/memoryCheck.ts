// Refuses discrete experiments whose per-replicate vectors would not fit in memory (a spec error, not a crash).
import type { CheckIssue } from "../family.js";

/** Bytes the loop may use for per-replicate state: models, pools and the data drawn in one generation. */
export const STATE_BUDGET_BYTES = 8 * 1024 ** 3;

export function checkDiscreteMemory(k: number, replicates: number, path: string): CheckIssue[] {
  const bytes = k * replicates * 8 * 4;
  if (bytes <= STATE_BUDGET_BYTES) return [];
  return [
    {
      path,
      value: k,
      allowed: `K x replicates x 32 bytes within ${STATE_BUDGET_BYTES / 1024 ** 3} GiB (here ${(bytes / 1024 ** 3).toFixed(1)} GiB): at most ${Math.floor(STATE_BUDGET_BYTES / (replicates * 32))} outcomes for ${replicates} replicates`,
    },
  ];
}
