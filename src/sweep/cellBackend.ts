// The interface every sweep backend implements: run cells, report each result or failure as it arrives (house style: one suite for every backend).
import type { CellResult, SweepCell } from "./cellTypes.js";

export interface CellHandlers {
  /** Called once per cell that finished, in whatever order cells finish. */
  readonly result: (cell: SweepCell, result: CellResult) => void;
  /** Called once per cell whose task threw; the sweep goes on with the others. */
  readonly failure: (cell: SweepCell, message: string) => void;
}

export interface CellBackend {
  /** For messages: `in-thread`, `4 threads`, `queue redis://...`. */
  readonly description: string;
  /** Resolves when every cell has been reported. */
  run(cells: readonly SweepCell[], handlers: CellHandlers): Promise<void>;
  close(): Promise<void>;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
