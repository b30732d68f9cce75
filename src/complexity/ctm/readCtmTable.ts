// Reader of the versioned CTM table file, checking magic, checksum, entry count and totals (docs/ctm.md "Table file").
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { inputError } from "../../core/errors.js";
import type { CtmTable, CtmTableHeader } from "./ctmTable.js";
import { ctmTableMagic, tableChecksum } from "./writeCtmTable.js";

function corrupt(path: string, what: string): Error {
  return inputError("table", path, `a complete ouro CTM table file (${what})`, "corrupt or truncated table");
}

function optionalInt(value: string | undefined): number | null {
  return value === undefined || value === "-" ? null : Number(value);
}

function optionalBig(value: string | undefined): bigint | null {
  return value === undefined || value === "-" ? null : BigInt(value);
}

/** Parses table text; `path` only names the file in errors. */
export function parseCtmTable(text: string, path: string): CtmTable {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines[0] !== ctmTableMagic) throw corrupt(path, `first line "${ctmTableMagic}"`);
  const sep = lines.indexOf("---");
  if (sep < 0) throw corrupt(path, "a --- line after the header");
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, sep)) {
    const space = line.indexOf(" ");
    fields.set(line.slice(0, space), line.slice(space + 1));
  }
  if (fields.get("checksum") !== tableChecksum(lines)) throw corrupt(path, "checksum mismatch");
  const body = lines.slice(sep + 1);
  if (Number(fields.get("entries")) !== body.length) throw corrupt(path, "entry count");
  const kind = fields.get("kind");
  if (kind !== "counts" && kind !== "bits") throw corrupt(path, "kind counts or bits");
  const ndim = Number(fields.get("ndim"));
  const header: CtmTableHeader = {
    version: 1,
    kind,
    symbols: Number(fields.get("symbols")),
    ndim: ndim === 2 ? 2 : 1,
    states: optionalInt(fields.get("states")),
    maxSteps: optionalInt(fields.get("max_steps")),
    machines: optionalBig(fields.get("machines")),
    halting: optionalBig(fields.get("halting")),
    source: fields.get("source") ?? "",
  };
  const counts = new Map<string, number>();
  const bits = new Map<string, Map<string, number>>();
  if (kind === "counts") {
    let sum = 0n;
    for (const line of body) {
      const tab = line.indexOf("\t");
      const count = Number(line.slice(tab + 1));
      counts.set(line.slice(0, tab), count);
      sum += BigInt(count);
    }
    if (header.halting !== sum) throw corrupt(path, "counts do not sum to the halting total");
  } else {
    for (const line of body) {
      const [shape, block, k] = line.split("\t") as [string, string, string];
      let blocks = bits.get(shape);
      if (blocks === undefined) {
        blocks = new Map();
        bits.set(shape, blocks);
      }
      blocks.set(block, Number(k));
    }
  }
  return { header, counts, bits };
}

/** Reads a table file (gzipped or plain, by its first bytes). */
export function readCtmTable(path: string): CtmTable {
  if (!existsSync(path)) throw inputError("table", path, "an existing table file or one of d2, d3, d4, d5");
  const raw = readFileSync(path);
  let text: string;
  try {
    text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  } catch {
    throw corrupt(path, "gzip stream");
  }
  return parseCtmTable(text, path);
}
