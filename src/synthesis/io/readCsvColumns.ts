// CSV input for symbolic regression: a header row and numeric cells, every problem reported as an InputError (RFC 4180, without quoting).
import { inputError } from "../../core/errors.js";

export interface CsvColumns {
  readonly names: string[];
  readonly columns: Float64Array[];
}

/** Parses CSV text: a header, then rows of finite numbers of the same width. */
export function readCsvColumns(text: string, path = "csv"): CsvColumns {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) throw inputError(path, lines.length, "a header row and at least one data row");
  const names = lines[0]!.split(",").map((s) => s.trim());
  if (names.some((s) => s === "" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)))
    throw inputError(
      `${path}: header`,
      lines[0],
      "column names made of letters, digits and _ (not starting with a digit)",
    );
  const columns = names.map(() => new Float64Array(lines.length - 1));
  for (let r = 1; r < lines.length; r++) {
    const cells = lines[r]!.split(",");
    if (cells.length !== names.length)
      throw inputError(`${path}: row ${r + 1}`, lines[r], `${names.length} cells like the header`);
    cells.forEach((cell, c) => {
      const v = cell.trim() === "" ? Number.NaN : Number(cell);
      if (!Number.isFinite(v))
        throw inputError(
          `${path}: row ${r + 1}, column ${names[c]}`,
          cell,
          "a finite number (no missing cells, NaN or Inf)",
        );
      columns[c]![r - 1] = v;
    });
  }
  return { names, columns };
}
