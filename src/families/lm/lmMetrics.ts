// Per-generation metrics of a language model (contract names; Shumailov et al., Nature 2024): the discrete metrics of the
// generated unigram distribution, perplexity on real held-out text, distinct-n, vocabulary survival by frequency band.
import { DISCRETE_METRICS, measureDiscrete } from "../../core/stats/discreteMetrics.js";
import { PPL0_EDGES, type TextStats } from "./textStats.js";

/** Frequency bands of the real (training) count c: [lo, hi]; hi = Infinity for the open band. */
export const SURVIVAL_BANDS: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 2],
  [3, 4],
  [5, 8],
  [9, 16],
  [17, 32],
  [33, 64],
  [65, Number.POSITIVE_INFINITY],
];

export const SURVIVAL_METRICS = SURVIVAL_BANDS.map(([lo, hi]) =>
  lo === hi
    ? `survival_c${lo}`
    : hi === Number.POSITIVE_INFINITY
      ? `survival_c${lo}_up`
      : `survival_c${lo}_${hi}`,
);

export const LM_METRICS = [
  ...DISCRETE_METRICS,
  "ppl_real",
  "ppl_zero_share",
  "distinct_1",
  "distinct_2",
  "vocab_survival",
  "kl_real",
  ...SURVIVAL_METRICS,
  "ppl0_median",
  "ppl0_q95",
  ...PPL0_EDGES.map((edge) => `ppl0_hist_${edge}`),
  "tokens",
] as const;

/** What measureLm needs besides the text statistics: the real unigram counts and the model's held-out perplexity. */
export interface LmMeasurement {
  readonly stats: TextStats;
  readonly pplReal: number;
  readonly zeroShare: number;
}

/**
 * Writes LM_METRICS into out. The text metrics describe the corpus generation t was trained on (at t >= 2 with
 * alpha = 0, text the model of t - 1 generated); kl_real is KL(P* || P_t) with P_t add-1/2 smoothed, so it stays finite
 * when words vanish. Survival in a band with no real types is NaN.
 */
export function measureLm(measurement: LmMeasurement, realCounts: Float64Array, out: Float64Array): void {
  const { stats } = measurement;
  const V = realCounts.length;
  let realTotal = 0;
  for (let w = 0; w < V; w++) realTotal += realCounts[w]!;
  const p = new Float64Array(V);
  const q = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    p[w] = stats.tokens > 0 ? stats.counts[w]! / stats.tokens : 0;
    q[w] = realCounts[w]! / realTotal;
  }
  measureDiscrete(p, q, out, 0);
  let at = DISCRETE_METRICS.length;
  out[at++] = measurement.pplReal;
  out[at++] = measurement.zeroShare;
  out[at++] = stats.distinct1;
  out[at++] = stats.distinct2;
  let realTypes = 0;
  let surviving = 0;
  let klReal = 0;
  const bandTypes = new Float64Array(SURVIVAL_BANDS.length);
  const bandAlive = new Float64Array(SURVIVAL_BANDS.length);
  const smoothedTotal = stats.tokens + 0.5 * V;
  for (let w = 0; w < V; w++) {
    const c = realCounts[w]!;
    if (c <= 0) continue;
    const alive = stats.counts[w]! > 0 ? 1 : 0;
    realTypes++;
    surviving += alive;
    klReal += q[w]! * Math.log(q[w]! / ((stats.counts[w]! + 0.5) / smoothedTotal));
    for (let b = 0; b < SURVIVAL_BANDS.length; b++) {
      const [lo, hi] = SURVIVAL_BANDS[b]!;
      if (c >= lo && c <= hi) {
        bandTypes[b] = bandTypes[b]! + 1;
        bandAlive[b] = bandAlive[b]! + alive;
        break;
      }
    }
  }
  out[at++] = surviving / realTypes;
  out[at++] = klReal;
  for (let b = 0; b < SURVIVAL_BANDS.length; b++) {
    out[at++] = bandTypes[b]! > 0 ? bandAlive[b]! / bandTypes[b]! : Number.NaN;
  }
  for (let i = 0; i < stats.ppl0.length; i++) {
    // Median and q95 come first in the metric order, the histogram after.
    const bins = PPL0_EDGES.length;
    const j = i < bins ? i + 2 : i - bins;
    out[at + j] = stats.ppl0[i]!;
  }
  at += stats.ppl0.length;
  out[at] = stats.tokens;
}
