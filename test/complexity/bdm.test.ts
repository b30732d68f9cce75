// BDM golden values (bdm-vectors.md, pybdm 0.1.0 with the published tables imported at test time) and stage tests.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bdm1d } from "../../src/complexity/bdm/bdm1d.js";
import { bdm2d } from "../../src/complexity/bdm/bdm2d.js";
import { bdmFile } from "../../src/complexity/bdm/bdmFile.js";
import { resolveBdmOptions } from "../../src/complexity/bdm/bdmOptions.js";
import { Decompose1d } from "../../src/complexity/bdm/decompose1d.js";
import { decompose2d } from "../../src/complexity/bdm/decompose2d.js";
import { loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { importPublishedTable } from "../../src/complexity/ctm/importPublishedTable.js";
import { InputError } from "../../src/core/errors.js";
import { hasReference, referencePath } from "./reference.js";

const b2d12 = () => importPublishedTable(referencePath("ctm/published-ctm-b2-d12.tsv"), "pybdm");
const b2d4x4 = () => importPublishedTable(referencePath("ctm/published-ctm-b2-d4x4.tsv"), "pybdm");
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

describe.skipIf(!hasReference)("BDM golden values (bdm-vectors.md)", () => {
  const t1 = hasReference ? b2d12() : undefined!;
  const t2 = hasReference ? b2d4x4() : undefined!;

  it("1-D BDM", () => {
    close(bdm1d("0".repeat(24), t1).bdm, 26.610413747641715);
    close(bdm1d("0".repeat(12) + "1".repeat(12), t1).bdm, 51.22082749528343);
    close(
      bdm1d(`${"0".repeat(6)}${"1".repeat(12)}${"0".repeat(18)}${"1".repeat(12)}`, t1).bdm,
      114.06151272200972,
    );
  });

  it("2-D BDM of a 12 x 12 array of ones, and the pybdm 4x4 test file", () => {
    close(
      bdm2d(
        Array.from({ length: 12 }, () => new Array(12).fill(1)),
        t2,
      ).bdm,
      25.176631293734488,
    );
    const rows = readFileSync(referencePath("bdm/pybdm-bdm-b2-d4x4-test-input.tsv"), "utf8")
      .trim()
      .split("\n");
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [input, expected] = row.split("\t") as [string, string];
      close(bdm2d(input, t2).bdm, Number(expected));
    }
  });

  it("block entropy, 1-D and the pybdm 2-D entropy file", () => {
    expect(bdm1d("0".repeat(24), t1).entropy).toBe(0);
    close(bdm1d("0".repeat(12) + "1".repeat(12), t1).entropyNormalized, 1);
    for (const row of readFileSync(referencePath("bdm/pybdm-ent-b2-d4x4-test-input.tsv"), "utf8")
      .trim()
      .split("\n")) {
      const [input, expected] = row.split(",") as [string, string];
      close(bdm2d(input, t2).entropy, Number(expected));
    }
  });

  it("normalised BDM", () => {
    close(bdm1d([0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1], t1).normalized, 0.648665654727082);
    expect(bdm1d("1".repeat(30), t1).normalized).toBe(0);
    // pybdm tests/test_bdm.py test_nbdm_d1 and test_nbdm_d2 (16 blocks: exercises the max-BDM construction).
    const long =
      "0001111011011101100101101000110000110110110000100100010111001010011100101000101001101000001011100000101011111111111100110000110111011010010000000100010101010111111000111100110110000101110110011011";
    close(bdm1d(long, t1).normalized, 0.8924514180488615);
    close(bdm2d("0010-1001-0011-1010", t2).normalized, 0.6139131118181638);
  });

  it("imputes a block the table lacks as max + 1 bit and reports it", () => {
    const own = loadCtmTable("d4");
    const r = bdm1d("0110100110010110", own, { block: 16 });
    const lengths16 = [...own.counts.keys()].filter((s) => s.length === 16);
    expect(lengths16).not.toContain("0110100110010110");
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]).toMatchObject({ block: "0110100110010110", count: 1, rule: "max+1" });
  });
});

/** The obviously correct decomposition: slice the whole array, as pybdm's slice_dataset does. */
function naiveBlocks(
  x: number[],
  block: number,
  step: number,
  boundary: string,
  minLength: number,
): string[] {
  const out: string[] = [];
  const n = x.length;
  if (boundary === "cyclic") {
    for (let s = 0; s < n; s += step)
      out.push(Array.from({ length: block }, (_, j) => x[(s + j) % n]).join(""));
    return out;
  }
  for (let s = 0; s + block <= n; s += step) out.push(x.slice(s, s + block).join(""));
  if (boundary === "recursive") {
    const r = n % block;
    if (r >= minLength && r > 0) out.push(x.slice(n - r).join(""));
  }
  return out;
}

describe("decompose stage", () => {
  it("streams in any chunking to the same blocks as naive slicing (1-D)", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const [boundary, step] of [
      ["ignore", 5],
      ["recursive", 5],
      ["correlated", 1],
      ["correlated", 3],
      ["cyclic", 5],
      ["cyclic", 2],
    ] as const) {
      for (const n of [1, 4, 5, 13, 40]) {
        const x = Array.from({ length: n }, () => (next() < 0.5 ? 0 : 1));
        const o = resolveBdmOptions({ block: 5, step, boundary });
        const d = new Decompose1d(o);
        const text = Buffer.from(x.join(""));
        for (let i = 0; i < text.length; i += 3) d.pushText(text.subarray(i, i + 3));
        const counts = d.finish();
        const got: string[] = [];
        for (const [shape, m] of counts)
          for (const [code, c] of m)
            for (let i = 0; i < c; i++) got.push(code.toString(2).padStart(Number(shape), "0"));
        expect([boundary, step, n, got.sort()]).toEqual([
          boundary,
          step,
          n,
          naiveBlocks(x, 5, step, boundary, 2).sort(),
        ]);
      }
    }
  });

  it("2-D recursive splits partial tiles like pybdm", () => {
    const o = resolveBdmOptions({ ndim: 2, block: 4, boundary: "recursive" });
    const rows = Array.from({ length: 6 }, () => "010011");
    const counts = decompose2d(rows.join("-"), o);
    // 6x6 with 4x4: one 4x4 tile; partial 4x2, 2x4 and 2x2 tiles become 2x2 blocks (2 + 2 + 1).
    expect(counts.get("4x4")!.size).toBe(1);
    expect([...counts.get("2x2")!.values()].reduce((a, b) => a + b, 0)).toBe(5);
  });

  it("names bad input", () => {
    const t = loadCtmTable("d4");
    expect(() => bdm1d("0120", t, { block: 4 })).toThrow(/symbols 0..1/);
    expect(() => bdm1d("", t)).toThrow(InputError);
    expect(() => bdm2d("0101-011", t)).toThrow(InputError);
    expect(() => resolveBdmOptions({ boundary: "wrap" as never })).toThrow(/ignore, recursive/);
    expect(() => resolveBdmOptions({ step: 13 })).toThrow(/step/);
    expect(() => bdm1d("0101", t, { block: 40 })).toThrow(/block shape the table has/);
  });
});

describe("streaming file input", () => {
  it("gives the same BDM as the string, ignoring whitespace and newlines", () => {
    const t = loadCtmTable("d4");
    let s = "";
    for (let i = 0; i < 5000; i++) s += (i * i + (i >> 3)) % 3 === 0 ? "1" : "0";
    const file = join(tmpdir(), `ouro-bdm-${process.pid}.txt`);
    writeFileSync(file, s.replace(/(.{70})/g, "$1\n").replace(/(.{7})/g, "$1 "));
    const a = bdmFile(file, t, { block: 10 });
    const b = bdm1d(s, t, { block: 10 });
    expect(a.bdm).toBe(b.bdm);
    expect(a.nBlocks).toBe(500);
  });

  it.skipIf(!hasReference)("reads 2-D rows one per line", () => {
    const t2 = b2d4x4();
    const rows = ["00000001", "00010001", "11110001", "10000001"];
    const file = join(tmpdir(), `ouro-bdm2-${process.pid}.txt`);
    writeFileSync(file, `${rows.join("\n")}\n`);
    expect(bdmFile(file, t2, { ndim: 2 }).bdm).toBe(bdm2d(rows.join("-"), t2).bdm);
  });
});
