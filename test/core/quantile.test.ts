// Quantiles by selection against a sort-based type-7 reference (Hyndman & Fan 1996), as properties over random inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantiles3InPlace, quantilesInPlace, selectInPlace } from "../../src/core/stats/quantile.js";

/** Type 7 the obvious way: sort, h = (n - 1) p, interpolate between the order statistics floor(h) and floor(h) + 1. */
function referenceQuantiles(values: readonly number[], probs: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return probs.map((p) => {
    if (n === 0) return Number.NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  });
}

// Values drawn from a small set as well as freely, so that duplicates are common; no -0 (toEqual tells -0 from 0).
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
);
// Up to 1500 values, so that Floyd-Rivest's sampling step (ranges over 600) runs too.
const values = fc.oneof(
  fc.array(value, { minLength: 1, maxLength: 60 }),
  fc.array(value, { minLength: 601, maxLength: 1500 }),
);
const probability = fc.oneof(
  fc.constantFrom(0, 0.05, 0.5, 0.95, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const ascending = fc
  .array(probability, { minLength: 1, maxLength: 6 })
  .map((ps) => [...ps].sort((a, b) => a - b));

describe("quantilesInPlace", () => {
  it("equals the sort-based type-7 reference on random inputs with duplicates (property)", () => {
    fc.assert(
      fc.property(values, ascending, (xs, probs) => {
        const got = quantilesInPlace(Float64Array.from(xs), probs);
        expect(got).toEqual(referenceQuantiles(xs, probs));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the loop's 5/50/95% quantiles for n = 1 and n = 2", () => {
    expect(quantilesInPlace(Float64Array.of(4), [0.05, 0.5, 0.95])).toEqual([4, 4, 4]);
    // n = 2: h = 0.05, 0.5, 0.95 share floor 0, so every quantile interpolates between the two values.
    expect(quantilesInPlace(Float64Array.of(3, 1), [0.05, 0.5, 0.95])).toEqual([1.1, 2, 2.9]);
    expect(quantilesInPlace(Float64Array.of(2, 2), [0.05, 0.5, 0.95])).toEqual([2, 2, 2]);
  });

  it("handles n = 3 with integer positions and all-equal arrays", () => {
    expect(quantilesInPlace(Float64Array.of(30, 10, 20), [0, 0.5, 1])).toEqual([10, 20, 30]);
    expect(quantilesInPlace(new Float64Array(101).fill(7), [0.05, 0.5, 0.95])).toEqual([7, 7, 7]);
  });

  it("returns NaN for every probability of an empty array", () => {
    expect(quantilesInPlace(new Float64Array(0), [0.05, 0.5])).toEqual([Number.NaN, Number.NaN]);
  });
});

describe("quantiles3InPlace (the loop's 5/50/95% quantiles)", () => {
  it("equals the sort-based type-7 reference at any low <= middle <= high (property)", () => {
    const three = fc
      .tuple(probability, probability, probability)
      .map((ps) => [...ps].sort((a, b) => a - b) as [number, number, number]);
    fc.assert(
      fc.property(values, three, (xs, [low, middle, high]) => {
        const got = quantiles3InPlace(Float64Array.from(xs), low, middle, high);
        expect(got).toEqual(referenceQuantiles(xs, [low, middle, high]));
      }),
      { numRuns: 2000 },
    );
  });

  it("equals the reference at 5/50/95% for every n from 1 to 40 and for large arrays", () => {
    const rng = (seed: number) => () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % 97;
    };
    const next = rng(7);
    for (const n of [...Array.from({ length: 40 }, (_, i) => i + 1), 601, 1000, 5001]) {
      const xs = Array.from({ length: n }, next);
      expect(quantiles3InPlace(Float64Array.from(xs), 0.05, 0.5, 0.95)).toEqual(
        referenceQuantiles(xs, [0.05, 0.5, 0.95]),
      );
    }
    expect(quantiles3InPlace(new Float64Array(0), 0.05, 0.5, 0.95)).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });
});

describe("selectInPlace", () => {
  it("puts the k-th order statistic at k with no larger value before it and no smaller one after (property)", () => {
    fc.assert(
      fc.property(
        values.chain((xs) => fc.tuple(fc.constant(xs), fc.integer({ min: 0, max: xs.length - 1 }))),
        ([xs, k]) => {
          const a = Float64Array.from(xs);
          const got = selectInPlace(a, k);
          const sorted = [...xs].sort((x, y) => x - y);
          expect(got).toBe(sorted[k]);
          expect(a[k]).toBe(sorted[k]);
          let misplaced = 0;
          for (let i = 0; i < k; i++) if (a[i]! > got) misplaced++;
          for (let i = k + 1; i < a.length; i++) if (a[i]! < got) misplaced++;
          expect(misplaced).toBe(0);
          expect([...a].sort((x, y) => x - y)).toEqual(sorted);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
