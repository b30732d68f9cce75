// Checkpoint encoding: every shape the families produce comes back identical, NaN and -0 included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Checkpoint } from "../../src/loop/types.js";
import { decodeCheckpoint, encodeCheckpoint } from "../../src/store/checkpointCodec.js";

function roundTrip(checkpoint: Checkpoint) {
  const { format, data } = encodeCheckpoint(checkpoint);
  return { format, back: decodeCheckpoint(format, data) };
}

describe("encodeCheckpoint / decodeCheckpoint", () => {
  it("stores records of the same numeric shape column-wise and restores them, key order, NaN and -0 included", () => {
    const checkpoint: Checkpoint = {
      t: 4,
      replicates: [
        { model: { mean: -0, var: Number.NaN } },
        { model: { mean: 1e-320, var: Number.POSITIVE_INFINITY } },
        { model: { mean: 0.1 + 0.2, var: -Number.MAX_VALUE } },
      ],
    };
    const { format, back } = roundTrip(checkpoint);
    expect(format).toBe("v8-columns");
    expect(back).toEqual(checkpoint);
    expect(Object.is((back.replicates[0]!.model as { mean: number }).mean, -0)).toBe(true);
    expect(Object.keys(back.replicates[1]!.model as object)).toEqual(["mean", "var"]);
    expect("pool" in back.replicates[0]!).toBe(false);
  });

  it("keeps strings (base64 models) and pools, and falls back to the plain form for mixed shapes", () => {
    const strings: Checkpoint = {
      t: 2,
      replicates: [
        { model: "AAAA", pool: { n: 3, sum: 1.5 } },
        { model: "AAAB", pool: { n: 4, sum: -0 } },
      ],
    };
    expect(roundTrip(strings).back).toEqual(strings);
    expect(roundTrip(strings).format).toBe("v8-columns");
    const mixed: Checkpoint = {
      t: 1,
      replicates: [{ model: { a: 1 } }, { model: { b: 2 } }, { model: [1, 2] }],
    };
    expect(roundTrip(mixed)).toEqual({ format: "v8", back: mixed });
    const someWithPool: Checkpoint = { t: 1, replicates: [{ model: 1, pool: 2 }, { model: 3 }] };
    expect(roundTrip(someWithPool)).toEqual({ format: "v8", back: someWithPool });
    const typed: Checkpoint = { t: 3, replicates: [{ model: Float64Array.of(-0, Number.NaN) }] };
    const back = roundTrip(typed).back.replicates[0]!.model as Float64Array;
    expect(back).toBeInstanceOf(Float64Array);
    expect(Object.is(back[0], -0) && Number.isNaN(back[1])).toBe(true);
    expect(roundTrip({ t: 0, replicates: [] }).back).toEqual({ t: 0, replicates: [] });
  });

  it("round-trips any numeric records and numbers (property)", () => {
    const record = fc.record({ mean: fc.double(), var: fc.double(), n: fc.integer() });
    const replicate = fc.oneof(
      fc.record({ model: record }),
      fc.record({ model: fc.double() }),
      fc.record({ model: record, pool: fc.double() }),
    );
    fc.assert(
      fc.property(fc.nat(1000), fc.array(replicate, { maxLength: 20 }), (t, replicates) => {
        // fast-check builds null-prototype objects; the loop's encoders build plain ones.
        const plain = replicates.map((rep) => ({
          ...rep,
          model: typeof rep.model === "number" ? rep.model : { ...rep.model },
        }));
        const checkpoint: Checkpoint = { t, replicates: plain };
        const { back } = roundTrip(checkpoint);
        expect(back.t).toBe(t);
        expect(back.replicates.length).toBe(plain.length);
        back.replicates.forEach((rep, r) => {
          expect(Object.keys(rep)).toEqual(Object.keys(plain[r]!));
          expect(rep).toStrictEqual(plain[r]);
        });
      }),
    );
  });

  it("refuses an unknown format and damaged bytes", () => {
    const { data } = encodeCheckpoint({ t: 1, replicates: [{ model: 1 }] });
    expect(() => decodeCheckpoint("zip", data)).toThrow(/unknown checkpoint format zip/);
    expect(() => decodeCheckpoint("v8", Buffer.from([1, 2, 3]))).toThrow();
  });
});
