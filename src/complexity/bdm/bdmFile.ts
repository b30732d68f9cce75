// Streaming BDM of a file: reads fixed-size chunks, so memory does not grow with the input (docs/ctm.md "BDM").
import { closeSync, openSync, readSync } from "node:fs";
import { inputError } from "../../core/errors.js";
import type { CtmTable } from "../ctm/ctmTable.js";
import { type BdmOptionsInput, resolveBdmOptions } from "./bdmOptions.js";
import { type BdmResult, bdmResult } from "./bdmResult.js";
import type { BlockCounts } from "./blockCounts.js";
import { checkTableFits } from "./checkTableFits.js";
import { Decompose1d } from "./decompose1d.js";
import { Decompose2d } from "./decompose2d.js";

function eachChunk(path: string, onChunk: (bytes: Uint8Array) => void): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    throw inputError("file", path, "a readable file");
  }
  const buffer = new Uint8Array(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      onChunk(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** Block counts of a file: 1-D ignores whitespace; 2-D takes one row per line (spaces inside a line ignored). */
export function countFileBlocks(path: string, options: BdmOptionsInput = {}): BlockCounts {
  const o = resolveBdmOptions(options);
  if (o.ndim === 1) {
    const d = new Decompose1d(o);
    eachChunk(path, (bytes) => d.pushText(bytes));
    if (d.length === 0) throw inputError("file", path, "a file with at least one symbol");
    return d.finish();
  }
  const d = new Decompose2d(o);
  let pending = "";
  const flush = (line: string): void => {
    const row = line.replace(/[ \t\r]/g, "");
    if (row.length > 0) d.pushRowText(row);
  };
  eachChunk(path, (bytes) => {
    const text = pending + Buffer.from(bytes).toString("latin1");
    const lines = text.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) flush(line);
  });
  flush(pending);
  return d.finish();
}

export function bdmFile(path: string, table: CtmTable, options: BdmOptionsInput = {}): BdmResult {
  const o = resolveBdmOptions(options);
  checkTableFits(table, o);
  return bdmResult(countFileBlocks(path, o), table, o);
}
