// Worker-thread entry of the sweep pool (tinypool): runs the cell task it is given (docs/scaling.md "Local backend").
import type { CellResult, CellTask } from "./cellTypes.js";
import { runCell } from "./runCell.js";

export default function cellWorker(task: CellTask): CellResult {
  return runCell(task);
}
