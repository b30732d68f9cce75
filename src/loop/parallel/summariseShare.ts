// One thread's share of a generation's aggregation: the metrics m with m % threads = index.
import { SUMMARY_WIDTH, summaryNumbers } from "../summarise.js";

export function summariseShare(
  index: number,
  threads: number,
  metrics: number,
  replicates: number,
  values: Float64Array,
  scratch: Float64Array,
  out: Float64Array,
): void {
  for (let m = index; m < metrics; m += threads) {
    summaryNumbers(values.subarray(m * replicates, (m + 1) * replicates), scratch, out, m * SUMMARY_WIDTH);
  }
}
