import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng.js";
import { leadingCandidates } from "../../src/families/lm/decoding/leadingCandidates.js";

/** The plain way: sort every candidate (more probable first, lower index on ties), then cut. */
function sortedCut(probs: Float64Array, limit: number, mass: number, total: number): number[] {
  const order = Array.from({ length: probs.length }, (_, j) => j).sort(
    (a, b) => probs[b]! - probs[a]! || a - b,
  );
  const kept: number[] = [];
  let reached = 0;
  for (const j of order) {
    if (kept.length >= limit) break;
    reached += probs[j]! / total;
    kept.push(j);
    if (reached >= mass) break;
  }
  return kept;
}

function cut(probs: Float64Array, limit: number, mass: number, total: number): number[] {
  const order = new Int32Array(probs.length);
  const kept = leadingCandidates(probs, probs.length, limit, mass, total, order);
  return Array.from(order.subarray(0, kept));
}

describe("leadingCandidates", () => {
  const rng = Rng.fromSeed(11);
  const shapes: [string, (j: number) => number][] = [
    ["distinct", () => rng.float()],
    // A smoothed model's floor: most candidates share one value, so the order among them is by id.
    ["mostly tied", () => (rng.float() < 0.9 ? 1e-5 : rng.float())],
    ["few values", () => 1 + rng.int(4)],
    ["zipf-like", (j) => 1 / (j + 1) ** 1.1],
    ["all equal", () => 0.25],
  ];
  for (const [name, draw] of shapes) {
    it(`cuts exactly where a full sort does (${name})`, () => {
      for (const size of [1, 2, 15, 16, 17, 100, 3000]) {
        const probs = Float64Array.from({ length: size }, (_, j) => draw(j));
        const total = probs.reduce((a, b) => a + b, 0);
        for (const [limit, mass] of [
          [size, 0.9],
          [size, 0.5],
          [size, 1],
          [5, 1],
          [1, 1],
          [size, 1e-9],
          [40, 0.95],
        ] as const) {
          expect(cut(probs, limit, mass, total)).toEqual(sortedCut(probs, limit, mass, total));
        }
      }
    });
  }

  it("keeps nothing for a limit of 0 or no candidates, and never more than there are", () => {
    const probs = Float64Array.from([0.2, 0.5, 0.3]);
    expect(cut(probs, 0, 1, 1)).toEqual([]);
    expect(leadingCandidates(probs, 0, 3, 1, 1, new Int32Array(3))).toBe(0);
    expect(cut(probs, 10, Number.POSITIVE_INFINITY, 1)).toEqual([1, 2, 0]);
  });
});
