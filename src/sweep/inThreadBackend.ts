// The one-worker backend: cells run one after another in the calling thread (the reference for every other backend).
import { type CellBackend, errorMessage } from "./cellBackend.js";
import { runCell } from "./runCell.js";

export function inThreadBackend(): CellBackend {
  return {
    description: "1 worker (in-thread)",
    async run(cells, handlers) {
      for (const cell of cells) {
        let result: ReturnType<typeof runCell>;
        try {
          result = runCell(cell.task);
        } catch (error) {
          handlers.failure(cell, errorMessage(error));
          continue;
        }
        handlers.result(cell, result);
        // Let timers and signals through between cells.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async close() {},
  };
}
