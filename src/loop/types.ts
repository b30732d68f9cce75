// What a run produces: per-generation aggregates over replicates, and checkpoints to resume from.

/** One metric at one generation, aggregated over replicates. */
export interface MetricSummary {
  /** Mean over the finite replicate values; null when none is finite. */
  readonly mean: number | null;
  /** Standard error of the mean (sample sd / sqrt(finite count)). */
  readonly se: number | null;
  /** The closed-form value for this spec, or null where none holds. */
  readonly theory: number | null;
  readonly q05: number | null;
  readonly q50: number | null;
  readonly q95: number | null;
  /** Present only when some replicates gave a non-finite value: how many. */
  readonly nonfinite?: number;
}

export interface GenerationRecord {
  readonly t: number;
  readonly metrics: Readonly<Record<string, MetricSummary>>;
}

/** Everything needed to continue a run after generation t, exactly as if it had not stopped. */
export interface Checkpoint {
  readonly t: number;
  /** Per replicate: the family's encoded model, and the accumulated pool / fixed real data when the regime keeps one. */
  readonly replicates: readonly { readonly model: unknown; readonly pool?: unknown }[];
}

/** The document `ouro run --json` prints and `ouro show --json` reprints. */
export interface RunDocument {
  readonly name: string;
  readonly run: string;
  readonly spec: unknown;
  readonly generations: readonly GenerationRecord[];
}
