// The shipped D(5,2) against the published (5,2) totals and the published table (ctm-formalism.md).
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bdm1d } from "../../src/complexity/bdm/bdm1d.js";
import { builtinTablePath, loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../src/complexity/ctm/ctmLookup.js";
import { importPublishedTable } from "../../src/complexity/ctm/importPublishedTable.js";
import { hasReference, referencePath } from "./reference.js";

const d5Path = builtinTablePath("d5")!;
const hasD5 = existsSync(d5Path);
if (!hasD5)
  console.warn(`[complexity tests] ${d5Path} is absent (run npm run ctm:d5): D(5,2) tests are skipped`);

describe.skipIf(!hasD5)("own D(5,2)", () => {
  it("has the published totals: 26,559,922,791,424 machines, 6,897,263,888,672 halting, 99,608 strings", () => {
    const t = loadCtmTable("d5");
    expect(t.header.machines).toBe(26_559_922_791_424n);
    expect(t.header.halting).toBe(6_897_263_888_672n);
    expect(t.header.maxSteps).toBe(500);
    expect(t.counts.size).toBe(60_034);
    const all = new Set<string>();
    let longest = 0;
    for (const s of t.counts.keys()) {
      all.add(s);
      all.add([...s].map((ch) => (ch === "0" ? "1" : "0")).join(""));
      longest = Math.max(longest, s.length);
    }
    expect(all.size).toBe(99_608);
    expect(longest).toBe(49);
  });

  it.skipIf(!hasReference)(
    "reproduces every published binary value to 1e-9 bits except the imputed pattern",
    () => {
      const t = loadCtmTable("d5");
      const rows = readFileSync(referencePath("ctm/published-ctm-b2-d12.tsv"), "utf8")
        .trim()
        .split("\n")
        .slice(1);
      expect(rows.length).toBe(4095);
      const off: string[] = [];
      for (const row of rows) {
        const [, block, bits] = row.split("\t") as [string, string, string];
        const r = ctmLookup(t, block);
        if (block === "000110100111") {
          // ctm-formalism.md: no (5,2) machine produces it; the published 37.479... is an imputation.
          expect(r).toMatchObject({ count: 0, D: 0, K: null, produced: false });
          continue;
        }
        if (r.K === null || Math.abs(r.K - Number(bits)) > 1e-9) off.push(`${block}: ${r.K} vs ${bits}`);
      }
      expect(off).toEqual([]);
    },
  );

  it.skipIf(!hasReference)(
    "gives pybdm's BDM on inputs without the imputed pattern, and names it where present",
    () => {
      const own = loadCtmTable("d5");
      const published = importPublishedTable(referencePath("ctm/published-ctm-b2-d12.tsv"), "pybdm");
      for (const [s, v] of [
        ["0".repeat(24), 26.610413747641715],
        ["0".repeat(12) + "1".repeat(12), 51.22082749528343],
        [`${"0".repeat(6)}${"1".repeat(12)}${"0".repeat(18)}${"1".repeat(12)}`, 114.06151272200972],
      ] as const) {
        expect(Math.abs(bdm1d(s, own).bdm - v)).toBeLessThan(1e-9);
      }
      fc.assert(
        fc.property(fc.stringMatching(/^[01]{12,120}$/), fc.boolean(), (s, plant) => {
          const x = plant ? `${s.slice(0, 12)}000110100111${s.slice(24)}` : s;
          const a = bdm1d(x, own);
          const b = bdm1d(x, published);
          const imputed = a.missing.filter((m) => m.block === "000110100111" || m.block === "111001011000");
          if (imputed.length === 0) expect(Math.abs(a.bdm - b.bdm)).toBeLessThan(1e-9);
          else expect(a.missing.length).toBe(imputed.length);
          if (plant) expect(imputed.length).toBeGreaterThan(0);
        }),
        { numRuns: 200, seed: 17 },
      );
    },
  );
});
