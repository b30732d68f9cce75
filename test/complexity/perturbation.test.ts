// Perturbation analysis: incremental deltas against full recomputation, and pybdm's published experiment.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bdm1d } from "../../src/complexity/bdm/bdm1d.js";
import type { Boundary } from "../../src/complexity/bdm/bdmOptions.js";
import { loadCtmTable } from "../../src/complexity/ctm/builtinTables.js";
import { importPublishedTable } from "../../src/complexity/ctm/importPublishedTable.js";
import { informationSignature, perturbation1d } from "../../src/complexity/perturbation/perturbation1d.js";
import { hasReference, referencePath } from "./reference.js";

describe("perturbation1d", () => {
  const table = loadCtmTable("d4");
  const cases: [Boundary, number][] = [
    ["ignore", 8],
    ["recursive", 8],
    ["correlated", 2],
    ["cyclic", 8],
  ];
  for (const [boundary, step] of cases) {
    it(`equals full recomputation for every element (${boundary}, step ${step})`, () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 40 }), (x) => {
          const options = { block: 8, step, boundary };
          const p = perturbation1d(x, table, options);
          const base = bdm1d(x, table, options).bdm;
          expect(p.bdm).toBeCloseTo(base, 9);
          for (let i = 0; i < x.length; i++) {
            const y = [...x];
            y[i] = 1 - y[i]!;
            expect(Math.abs(p.delta[i]! - (bdm1d(y, table, options).bdm - base))).toBeLessThan(1e-9);
          }
        }),
        { numRuns: 40, seed: 3 },
      );
    });
  }

  it.skipIf(!hasReference)("reproduces pybdm's experiment on 30 ones (bdm-vectors.md)", () => {
    const t = importPublishedTable(referencePath("ctm/published-ctm-b2-d12.tsv"), "pybdm");
    const p = perturbation1d(new Array(30).fill(1), t);
    expect(Math.abs(p.delta[10]! - 26.91763012739709)).toBeLessThan(1e-9);
    // Printed with 8 decimals in bdm-vectors.md.
    expect(Math.abs(p.delta[20]! - 27.34823681)).toBeLessThan(5e-9);
    // Elements 24..29 fall in the ignored tail: flipping them changes nothing.
    expect(p.delta[27]).toBe(0);
    const sig = informationSignature(p);
    expect(sig[0]!.information).toBe(0);
    expect(sig[sig.length - 1]!.information).toBe(Math.min(...Array.from(p.delta, (d) => -d)));
  });
});

describe.skipIf(!hasReference)("perturbation2d", () => {
  it("equals full recomputation for every cell (ignore, recursive, correlated)", async () => {
    const { bdm2d } = await import("../../src/complexity/bdm/bdm2d.js");
    const { perturbation2d } = await import("../../src/complexity/perturbation/perturbation2d.js");
    const t2 = importPublishedTable(referencePath("ctm/published-ctm-b2-d4x4.tsv"), "pybdm");
    for (const boundary of ["ignore", "recursive", "correlated"] as const) {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 81, maxLength: 81 }),
          (h, w, bits) => {
            const rows = Array.from({ length: h }, (_, r) => bits.slice(r * w, r * w + w));
            const options = { boundary };
            const p = perturbation2d(rows, t2, options);
            const base = bdm2d(rows, t2, options).bdm;
            expect(Math.abs(p.bdm - base)).toBeLessThan(1e-9);
            for (let i = 0; i < h * w; i++) {
              const y = rows.map((row) => [...row]);
              y[Math.floor(i / w)]![i % w] = 1 - y[Math.floor(i / w)]![i % w]!;
              expect(Math.abs(p.delta[i]! - (bdm2d(y, t2, options).bdm - base))).toBeLessThan(1e-9);
            }
          },
        ),
        { numRuns: 25, seed: 9 },
      );
    }
  });
});
