// Guards the store's round trip: every number in a generation record is finite or null, so JSON keeps it exactly.
import type { GenerationRecord } from "../loop/types.js";

const FIELDS = ["mean", "se", "theory", "q05", "q50", "q95"] as const;

/**
 * Throws (a bug in the loop, not bad input) when a record holds a value JSON would not give back unchanged:
 * NaN or an infinity (the loop writes those as null and counts them in `nonfinite`), or a bad t or count.
 */
export function assertStorableRecord(record: GenerationRecord): void {
  if (!Number.isSafeInteger(record.t) || record.t < 0)
    throw new Error(`generation record: bad t ${record.t}`);
  for (const [name, summary] of Object.entries(record.metrics)) {
    for (const field of FIELDS) {
      const value = summary[field];
      if (value !== null && !Number.isFinite(value)) {
        throw new Error(
          `generation ${record.t}, metric ${name}: ${field} is ${value}; only finite numbers or null`,
        );
      }
    }
    const nonfinite = summary.nonfinite;
    if (nonfinite !== undefined && !(Number.isSafeInteger(nonfinite) && nonfinite > 0)) {
      throw new Error(
        `generation ${record.t}, metric ${name}: nonfinite is ${nonfinite}; only a positive count`,
      );
    }
  }
}
