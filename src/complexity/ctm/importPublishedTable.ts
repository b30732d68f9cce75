// Import of published CTM tables: pybdm's TSV (shape, block, ctm_bits) and acss-style K columns (docs/ctm.md "Import").
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { inputError } from "../../core/errors.js";
import type { CtmTable } from "./ctmTable.js";
import { normalizeBlock } from "./normalizeBlock.js";

export type PublishedFormat = "pybdm" | "acss";

function readText(path: string): string {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw inputError("file", path, "a readable published table file");
  }
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
}

function bad(path: string, line: number, allowed: string): Error {
  return inputError(`${basename(path)}:${line}`, path, allowed, "bad published table");
}

/** pybdm TSV: header "shape block ctm_bits"; shape "12" (1-D) or "4x4" (2-D); blocks already normalised. */
function importPybdm(path: string, text: string): CtmTable {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines[0]?.split("\t").join(",") !== "shape,block,ctm_bits") {
    throw bad(path, 1, "a header line: shape<TAB>block<TAB>ctm_bits");
  }
  const bits = new Map<string, Map<string, number>>();
  let symbols = 2;
  let ndim: 1 | 2 = 1;
  for (let i = 1; i < lines.length; i++) {
    const [shape, block, value] = lines[i]!.split("\t");
    const k = Number(value);
    if (shape === undefined || block === undefined || !/^\d+(x\d+)?$/.test(shape) || !Number.isFinite(k)) {
      throw bad(path, i + 1, "shape<TAB>block<TAB>ctm_bits with a finite ctm_bits");
    }
    if (shape.includes("x")) ndim = 2;
    for (const ch of block) symbols = Math.max(symbols, Number(ch) + 1);
    let blocks = bits.get(shape);
    if (blocks === undefined) {
      blocks = new Map();
      bits.set(shape, blocks);
    }
    blocks.set(normalizeBlock(block), k);
  }
  return table(bits, symbols, ndim, `pybdm ${basename(path)}`);
}

/** acss-style table: a header with a string column ("string" or empty) and K.<k> columns; comma or tab separated. */
function importAcss(path: string, text: string, symbols: number): CtmTable {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const sep = lines[0]?.includes("\t") ? "\t" : ",";
  const head = (lines[0] ?? "").split(sep).map((h) => h.replace(/"/g, "").trim());
  const col = head.indexOf(`K.${symbols}`);
  if (col < 0) throw bad(path, 1, `a header with a column K.${symbols}`);
  const bits = new Map<string, Map<string, number>>();
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(sep).map((c) => c.replace(/"/g, "").trim());
    const block = cells[0] ?? "";
    if (!/^\d+$/.test(block)) throw bad(path, i + 1, "a string of digits in the first column");
    const cell = cells[col] ?? "";
    if (cell === "" || cell === "NA") continue;
    const k = Number(cell);
    if (!Number.isFinite(k)) throw bad(path, i + 1, `a number or NA in column K.${symbols}`);
    const shape = String(block.length);
    let blocks = bits.get(shape);
    if (blocks === undefined) {
      blocks = new Map();
      bits.set(shape, blocks);
    }
    blocks.set(normalizeBlock(block), k);
  }
  return table(bits, symbols, 1, `acss ${basename(path)}`);
}

function table(
  bits: Map<string, Map<string, number>>,
  symbols: number,
  ndim: 1 | 2,
  source: string,
): CtmTable {
  return {
    header: {
      version: 1,
      kind: "bits",
      symbols,
      ndim,
      states: null,
      maxSteps: null,
      machines: null,
      halting: null,
      source,
    },
    counts: new Map(),
    bits,
  };
}

/** Reads a published table file (plain or gzipped). */
export function importPublishedTable(path: string, format: PublishedFormat, symbols = 2): CtmTable {
  const text = readText(path);
  if (format === "pybdm") return importPybdm(path, text);
  if (format === "acss") return importAcss(path, text, symbols);
  throw inputError("format", format, "pybdm or acss");
}
