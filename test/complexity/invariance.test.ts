// Property tests: BDM invariant under complement and symbol renaming; CTM symmetric under complement and reversal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bdm1d } from "../../src/complexity/bdm/bdm1d.js";
import { compressionBaselines } from "../../src/complexity/compression/compressionBaselines.js";
import { lz76Complexity } from "../../src/complexity/compression/lz76Complexity.js";
import { loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../src/complexity/ctm/ctmLookup.js";
import { importPublishedTable } from "../../src/complexity/ctm/importPublishedTable.js";
import { hasReference, referencePath } from "./reference.js";

const flip = (s: string) => [...s].map((c) => (c === "0" ? "1" : "0")).join("");

describe("own CTM tables", () => {
  for (const name of ["d3", "d4"]) {
    it(`${name}: D is symmetric under complement and reversal, exactly`, () => {
      const t = loadCtmTable(name);
      for (const s of t.counts.keys()) {
        const d = ctmLookup(t, s).D;
        expect(ctmLookup(t, flip(s)).D).toBe(d);
        expect(ctmLookup(t, [...s].reverse().join("")).D).toBe(d);
      }
    });
  }
});

describe("BDM invariances", () => {
  const own = loadCtmTable("d4");
  it("is invariant under complement (binary)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[01]{1,80}$/), (s) => {
        for (const boundary of ["ignore", "recursive", "correlated"] as const) {
          const o = { block: 8, boundary };
          // Equal up to the order of a floating-point sum of at most ~10 terms of ~30 bits.
          expect(Math.abs(bdm1d(flip(s), own, o).bdm - bdm1d(s, own, o).bdm)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it.skipIf(!hasReference)("is invariant under renaming the 4 symbols (published b4 table)", () => {
    const t4 = importPublishedTable(referencePath("ctm/published-ctm-b4-d12.tsv.gz"), "pybdm");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 60 }),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
        (x, perm) => {
          const y = x.map((v) => perm[v]!);
          const o = { symbols: 4, boundary: "recursive" as const };
          expect(bdm1d(y, t4, o).bdm).toBeCloseTo(bdm1d(x, t4, o).bdm, 9);
        },
      ),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe("compression baselines", () => {
  it("LZ76 phrase count of Lempel and Ziv's example 0|001|10|100|1000|101 is 6", () => {
    expect(lz76Complexity("0001101001000101")).toBe(6);
    expect(lz76Complexity("0")).toBe(1);
    expect(lz76Complexity("")).toBe(0);
  });

  it("compresses a constant string far below a varied one", () => {
    const a = compressionBaselines("0".repeat(4096));
    let s = "";
    let v = 2463534242;
    for (let i = 0; i < 4096; i++) {
      v ^= v << 13;
      v ^= v >>> 17;
      v ^= v << 5;
      s += (v >>> 0) & 1;
    }
    const b = compressionBaselines(s);
    expect(a.deflateBits).toBeLessThan(b.deflateBits / 10);
    expect(a.lz76Phrases).toBeLessThan(b.lz76Phrases);
  });
});

describe("k = 3 tables", () => {
  it("D is invariant under every permutation of the 3 symbols and under reversal ((2,3), cut-off 8)", async () => {
    const { enumerateTree } = await import("../../src/complexity/tm/enumerateTree.js");
    const { tmSpace } = await import("../../src/complexity/tm/tmSpace.js");
    const { tableFromCounts } = await import("../../src/complexity/ctm/tableFromCounts.js");
    const t = tableFromCounts(enumerateTree(tmSpace(2, 3, 8)));
    const perms = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    let total = 0;
    const seen = new Set<string>();
    for (const s of t.counts.keys()) {
      const d = ctmLookup(t, s).D;
      expect(d).toBeGreaterThan(0);
      for (const p of perms) {
        const u = [...s].map((c) => p[Number(c)]).join("");
        expect(ctmLookup(t, u).D).toBe(d);
        expect(ctmLookup(t, [...u].reverse().join("")).D).toBe(d);
        if (!seen.has(u)) {
          seen.add(u);
          total += ctmLookup(t, u).count!;
        }
      }
    }
    // Every string with D > 0 is a relabelling of one in the table, so the counts over them sum to k * H.
    expect(total).toBe(3 * Number(t.header.halting));
  });
});
