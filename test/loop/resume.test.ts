// Determinism and resumption for every registered family and every regime it supports, with temperature and reservoir.
import { describe, expect, it } from "vitest";
import { familyNames, loopSpec, registeredFamilies, runAll, supportedRegimes, TRUTHS } from "./loopSpecs.js";

describe("the loop's coverage of the families", () => {
  it("has a test truth for every registered family (add missing ones to TRUTHS in test/loop/loopSpecs.ts)", () => {
    expect(registeredFamilies().filter((name) => !(name in TRUTHS))).toEqual([]);
  });
});

for (const family of familyNames()) {
  describe(`${family}`, () => {
    for (const regime of supportedRegimes(family)) {
      it(`${regime}: same seed same records, other seed other records; resume at every t equals the whole run`, () => {
        const spec = loopSpec(family, regime);
        const whole = runAll(spec);
        expect(whole.records.map((r) => r.t)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        expect(runAll(spec)).toEqual(whole);
        const other = runAll({ ...spec, seed: spec.seed + 1 });
        expect(other.records[0]).toEqual(whole.records[0]);
        for (let t = 1; t <= spec.generations; t++) expect(other.records[t]).not.toEqual(whole.records[t]);
        for (const k of [1, 3, spec.generations - 1]) {
          const resumed = runAll(spec, { checkpoint: whole.checkpoints[k]! });
          expect(resumed.records).toEqual(whole.records.slice(k + 1));
          expect(resumed.checkpoints.slice(k + 1)).toEqual(whole.checkpoints.slice(k + 1));
        }
      });

      it(`${regime}: the per-replicate path gives exactly what the kernel path gives`, () => {
        const spec = loopSpec(family, regime);
        const fast = runAll(spec);
        expect(runAll(spec, undefined, { kernels: false })).toEqual(fast);
        expect(runAll(spec, { checkpoint: fast.checkpoints[2]! }, { kernels: false }).records).toEqual(
          fast.records.slice(3),
        );
      });

      it(`${regime}: replicate r is the same whether the run has 3 or 10 replicates`, () => {
        const small = runAll(loopSpec(family, regime, { replicates: 3 }));
        const large = runAll(loopSpec(family, regime, { replicates: 10 }));
        for (let t = 1; t <= 6; t++) {
          expect(large.checkpoints[t]!.replicates.slice(0, 3)).toEqual(small.checkpoints[t]!.replicates);
        }
      });
    }
  });
}
