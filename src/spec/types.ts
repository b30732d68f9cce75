// The normalised experiment spec (docs: ../shared/docs/contract.md, "The experiment spec").

export type AlphaSchedule =
  | { readonly schedule: "constant"; readonly value: number }
  | { readonly schedule: "harmonic"; readonly a0: number }
  | { readonly schedule: "power"; readonly a0: number; readonly p: number }
  | { readonly schedule: "exponential"; readonly a0: number; readonly rate: number }
  | { readonly schedule: "list"; readonly values: readonly number[] };

export type Regime = "replace" | "accumulate" | "accumulate-subsample" | "fixed-real";

/** A validated spec with every default filled in; plain JSON-safe data, stored unchanged. */
export interface ExperimentSpec {
  readonly name: string;
  readonly seed: number;
  readonly replicates: number;
  readonly generations: number;
  readonly truth: { readonly family: string } & Readonly<Record<string, unknown>>;
  readonly model: { readonly family: string } & Readonly<Record<string, unknown>>;
  readonly data: {
    readonly n: number;
    readonly regime: Regime;
    /** A number in the input becomes {schedule: "constant", value}. */
    readonly alpha: AlphaSchedule;
    /** fixed-real only: synthetic samples per real sample. */
    readonly lambda: number;
  };
  readonly sampling: { readonly temperature: number; readonly reservoir: number };
}
