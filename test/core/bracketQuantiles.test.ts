// Bracketed quantiles against whole-array selection (quantiles3InPlace) and the sort-based type-7 reference.
import { describe, expect, it } from "vitest";
import { Rng } from "../../src/core/rng.js";
import { BRACKET_MIN_SIZE, quantilesAndSquaresInto } from "../../src/core/stats/bracketQuantiles.js";
import { quantiles3InPlace } from "../../src/core/stats/quantile.js";

function sortedQuantiles(values: Float64Array, probs: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  return probs.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  });
}

/** The three bracketed quantiles alone. */
function quantiles3Bracketed(
  values: Float64Array,
  low: number,
  middle: number,
  high: number,
  scratch: Float64Array,
): number[] {
  const out = new Float64Array(3);
  quantilesAndSquaresInto(values, low, middle, high, 0, scratch, out, 0);
  return Array.from(out);
}

function filled(n: number, draw: (i: number) => number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => draw(i));
}

describe("quantilesAndSquaresInto", () => {
  const rng = Rng.fromSeed(11);
  const n = BRACKET_MIN_SIZE * 3 + 17;
  const cases: [string, Float64Array][] = [
    ["normal", filled(n, () => rng.normal())],
    ["lognormal tail", filled(n, () => Math.exp(3 * rng.normal()))],
    ["ascending", filled(n, (i) => i * 0.5)],
    ["descending", filled(n, (i) => -i)],
    ["five values (ties inside brackets)", filled(n, () => rng.int(5))],
    ["two values (a bracket larger than its buffer: fallback)", filled(n, () => rng.int(2))],
    ["constant (fallback)", new Float64Array(n).fill(2.5)],
    [
      "a block of outliers at the end (the strided sample misses them)",
      filled(n, (i) => (i > n - 3000 ? 1e9 + i : rng.float())),
    ],
    ["just above the size threshold", filled(BRACKET_MIN_SIZE, () => rng.normal())],
    ["below the size threshold (selection on a copy)", filled(1001, () => rng.normal())],
  ];
  for (const [name, values] of cases) {
    it(`equals the type-7 reference and whole-array selection, leaving the input as it was: ${name}`, () => {
      const before = Float64Array.from(values);
      const got = quantiles3Bracketed(values, 0.05, 0.5, 0.95, new Float64Array(values.length));
      expect(values).toEqual(before);
      expect(got).toEqual(sortedQuantiles(values, [0.05, 0.5, 0.95]));
      expect(got).toEqual(quantiles3InPlace(Float64Array.from(values), 0.05, 0.5, 0.95));
    });
  }

  for (const [name, values] of cases) {
    it(`returns the plain loop's sum of squared deviations bit for bit, with the same quantiles: ${name}`, () => {
      const centre = values[7]! + 0.25;
      let plain = 0;
      for (let i = 0; i < values.length; i++) plain += (values[i]! - centre) ** 2;
      const out = new Float64Array(5).fill(Number.NaN);
      const squares = quantilesAndSquaresInto(
        values,
        0.05,
        0.5,
        0.95,
        centre,
        new Float64Array(values.length),
        out,
        1,
      );
      expect(Object.is(squares, plain)).toBe(true);
      expect(Number.isNaN(out[0]!) && Number.isNaN(out[4]!)).toBe(true);
      expect(Array.from(out.subarray(1, 4))).toEqual(sortedQuantiles(values, [0.05, 0.5, 0.95]));
    });
  }

  it("is exact at other probabilities, the extremes included", () => {
    const values = filled(n, () => rng.normal() ** 3);
    for (const probs of [
      [0, 0.5, 1],
      [0.001, 0.002, 0.999],
      [0.25, 0.25, 0.75],
      [0.5, 0.5, 0.5],
    ] as const) {
      const got = quantiles3Bracketed(values, probs[0], probs[1], probs[2], new Float64Array(n));
      expect(got).toEqual(sortedQuantiles(values, probs));
    }
  });

  it("works with a scratch array longer than the values", () => {
    const values = filled(n, () => rng.normal());
    expect(quantiles3Bracketed(values, 0.05, 0.5, 0.95, new Float64Array(2 * n))).toEqual(
      sortedQuantiles(values, [0.05, 0.5, 0.95]),
    );
  });
});
