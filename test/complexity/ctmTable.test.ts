// The table file: round trip, checksum, truncation, shipped tables equal to a fresh enumeration, lookups.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinTablePath, loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../src/complexity/ctm/ctmLookup.js";
import { parseCtmTable, readCtmTable } from "../../src/complexity/ctm/readCtmTable.js";
import { tableFromCounts } from "../../src/complexity/ctm/tableFromCounts.js";
import { formatCtmTable, writeCtmTable } from "../../src/complexity/ctm/writeCtmTable.js";
import { enumerateTree } from "../../src/complexity/tm/enumerateTree.js";
import { tmSpace } from "../../src/complexity/tm/tmSpace.js";
import { InputError } from "../../src/core/errors.js";

const d3 = tableFromCounts(enumerateTree(tmSpace(3, 2)));

describe("table file", () => {
  it("round-trips exactly, plain and gzipped", () => {
    for (const name of ["t.ctm", "t.ctm.gz"]) {
      const file = join(tmpdir(), `ouro-${process.pid}-${name}`);
      writeCtmTable(file, d3);
      const back = readCtmTable(file);
      expect(back.header).toEqual(d3.header);
      expect([...back.counts]).toEqual([...d3.counts]);
    }
  });

  it("rejects a changed count, a truncated file and a wrong magic line", () => {
    const text = formatCtmTable(d3);
    const changed = text.replace(/\n0\t(\d)/, (_, d: string) => `\n0\t${(Number(d) + 1) % 10}`);
    expect(changed).not.toBe(text);
    expect(() => parseCtmTable(changed, "x")).toThrow(/checksum/);
    expect(() => parseCtmTable(text.slice(0, text.length - 40), "x")).toThrow(InputError);
    expect(() => parseCtmTable(`x${text}`, "x")).toThrow(/first line/);
  });

  it("ships d1..d4 equal to a fresh enumeration (regenerate with npm run ctm:tables)", () => {
    for (const n of [1, 2, 3, 4]) {
      const shipped = readFileSync(builtinTablePath(`d${n}`)!, "utf8");
      expect(shipped).toBe(formatCtmTable(tableFromCounts(enumerateTree(tmSpace(n, 2)))));
    }
  });

  it("names what is wrong for an unknown table name or file", () => {
    expect(() => loadCtmTable("d9")).toThrow(/d2, d3, d4, d5/);
    expect(() => loadCtmTable("/nonexistent/table.ctm")).toThrow(InputError);
  });
});

describe("ctmLookup", () => {
  it("gives D = (c(s) + c(~s)) / 2H exactly and K = -log2 D", () => {
    const r = ctmLookup(d3, "01");
    const c = (d3.counts.get("01") ?? 0) + (d3.counts.get("10") ?? 0);
    expect(r.count).toBe(c);
    expect(r.denominator).toBe(2 * Number(d3.header.halting));
    expect(r.D).toBe(c / r.denominator!);
    expect(r.K).toBe(-Math.log2(r.D));
  });

  it("reports an unproduced string as count 0, D 0, K null", () => {
    expect(ctmLookup(d3, "0".repeat(30))).toMatchObject({ count: 0, D: 0, K: null, produced: false });
  });

  it("rejects symbols outside the alphabet and the empty string", () => {
    expect(() => ctmLookup(d3, "012")).toThrow(/symbols 0..1/);
    expect(() => ctmLookup(d3, "")).toThrow(InputError);
  });

  it("sums D to 1 over every string of the table", () => {
    const table = loadCtmTable("d4");
    const all = new Set<string>();
    for (const s of table.counts.keys()) {
      all.add(s);
      all.add([...s].map((ch) => (ch === "0" ? "1" : "0")).join(""));
    }
    let sum = 0;
    for (const s of all) sum += ctmLookup(table, s).count!;
    expect(sum).toBe(2 * Number(table.header.halting));
  });
});

describe("importPublishedTable", () => {
  it("reads an acss-style K.<k> table, normalising the strings and skipping NA", async () => {
    const { writeFileSync } = await import("node:fs");
    const { importPublishedTable } = await import("../../src/complexity/ctm/importPublishedTable.js");
    const file = join(tmpdir(), `ouro-acss-${process.pid}.csv`);
    writeFileSync(file, '"","K.2","K.4"\n"0",2.51,3.54\n"10",3.32,NA\n"012",NA,9.1\n');
    const t2 = importPublishedTable(file, "acss", 2);
    expect([...t2.bits.get("2")!]).toEqual([["01", 3.32]]);
    expect(ctmLookup(t2, "10")).toMatchObject({ K: 3.32, produced: true, count: null });
    const t4 = importPublishedTable(file, "acss", 4);
    expect(t4.bits.get("3")!.get("012")).toBe(9.1);
    expect(() => importPublishedTable(file, "acss", 9)).toThrow(/K\.9/);
  });
});
