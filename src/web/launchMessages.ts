// What a launched run's worker thread tells the dashboard: progress per stored generation, then done or failed.
import type { ExperimentSpec } from "../spec/types.js";

export interface LaunchRequest {
  readonly spec: ExperimentSpec;
  readonly db: string;
}

export type LaunchMessage =
  | { readonly type: "progress"; readonly run: string; readonly t: number; readonly generations: number }
  | { readonly type: "done"; readonly run: string }
  | { readonly type: "failed"; readonly run: string | null; readonly message: string };
