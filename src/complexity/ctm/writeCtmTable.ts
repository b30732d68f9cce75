// The versioned CTM table file: "key value" header, sha256 checksum, "---", one entry per line (docs/ctm.md "Table file").
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { CtmTable } from "./ctmTable.js";

export const ctmTableMagic = "ouro-ctm-table 1";

/** sha256 over every line of the file except the checksum line itself. */
export function tableChecksum(lines: readonly string[]): string {
  const hash = createHash("sha256");
  for (const line of lines) {
    if (line.startsWith("checksum ")) continue;
    hash.update(line);
    hash.update("\n");
  }
  return `sha256:${hash.digest("hex")}`;
}

function bodyLines(table: CtmTable): string[] {
  if (table.header.kind === "counts") return [...table.counts].map(([s, c]) => `${s}\t${c}`);
  const lines: string[] = [];
  for (const [shape, blocks] of table.bits)
    for (const [block, k] of blocks) lines.push(`${shape}\t${block}\t${k}`);
  return lines;
}

/** The file's text. */
export function formatCtmTable(table: CtmTable): string {
  const h = table.header;
  const body = bodyLines(table);
  const header = [
    ctmTableMagic,
    `kind ${h.kind}`,
    `symbols ${h.symbols}`,
    `ndim ${h.ndim}`,
    `states ${h.states ?? "-"}`,
    `max_steps ${h.maxSteps ?? "-"}`,
    `machines ${h.machines ?? "-"}`,
    `halting ${h.halting ?? "-"}`,
    `entries ${body.length}`,
    `source ${h.source.replace(/\s+/g, " ")}`,
  ];
  const lines = [...header, "---", ...body];
  const checksum = tableChecksum(lines);
  return `${[...header, `checksum ${checksum}`, "---", ...body].join("\n")}\n`;
}

/** Writes the table; a name ending in .gz is gzipped. */
export function writeCtmTable(path: string, table: CtmTable): void {
  const text = formatCtmTable(table);
  writeFileSync(path, path.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text);
}
