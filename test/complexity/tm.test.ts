// Differential tests: tree enumeration against machine-by-machine simulation and the published counts.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ctmSummary } from "../../src/complexity/ctm/ctmSummary.js";
import { enumerateBrute } from "../../src/complexity/tm/enumerateBrute.js";
import { enumerateParallel, treeWorkerFile } from "../../src/complexity/tm/enumerateParallel.js";
import { enumerateTree } from "../../src/complexity/tm/enumerateTree.js";
import { listWorkUnits } from "../../src/complexity/tm/listWorkUnits.js";
import { simulateMachine } from "../../src/complexity/tm/simulateMachine.js";
import { machineCount, tmSpace } from "../../src/complexity/tm/tmSpace.js";
import { InputError } from "../../src/core/errors.js";
import { hasReference, referencePath } from "./reference.js";

function sorted(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe("simulateMachine", () => {
  it("halts without moving and outputs the visited cells", () => {
    const space = tmSpace(2, 2);
    // entry value v < 2: write v and halt; else v - 2 = ((next * 2) + dir) * 2 + write, dir 0 = right.
    // (0,0): write 1, right, state 1 -> v = 2 + ((1*2)+0)*2 + 1 = 7; (1,0): write 1 and halt -> 1.
    expect(simulateMachine(space, [7, 0, 1, 0])).toBe("11");
    // (0,0): write 0, left, state 0 -> v = 2 + ((0*2)+1)*2 + 0 = 4: runs left forever.
    expect(simulateMachine(space, [4, 0, 0, 0])).toBeNull();
  });
});

describe("enumerateTree", () => {
  const cases: [number, number, number | undefined][] = [
    [1, 2, undefined],
    [2, 2, undefined],
    [3, 2, undefined],
    [1, 3, undefined],
    [1, 4, undefined],
    [2, 3, 8],
  ];
  for (const [n, k, steps] of cases) {
    it(`equals brute force on (${n},${k})${steps === undefined ? "" : ` cut off at ${steps}`}, every count`, () => {
      const space = tmSpace(n, k, steps);
      const tree = enumerateTree(space);
      const brute = enumerateBrute(space);
      expect(sorted(tree.counts)).toEqual(sorted(brute));
      expect(tree.machines).toBe(machineCount(space));
    });
  }

  it("gives the published (4,2) totals (ctm-formalism.md table)", () => {
    const s = ctmSummary(enumerateTree(tmSpace(4, 2)));
    expect(s.machines).toBe(11_019_960_576);
    expect(s.halting).toBe(2_985_384_480);
    expect(s.strings).toBe(1_832);
    expect(s.longest).toBe(16);
  });

  it("gives the same counts whatever the split depth", () => {
    const space = tmSpace(3, 2);
    const a = enumerateTree(space, 1);
    const b = enumerateTree(space, 3);
    expect(sorted(b.counts)).toEqual(sorted(a.counts));
    expect(listWorkUnits(space, 3).units).toEqual(listWorkUnits(space, 3).units);
  });

  it("rejects spaces whose counts would not stay exact, and unknown cut-offs", () => {
    expect(() => tmSpace(4, 3)).toThrow(InputError);
    expect(() => tmSpace(3, 3)).toThrow(/max-steps/);
    expect(() => tmSpace(0)).toThrow(/states/);
  });
});

describe.skipIf(!hasReference)("published D(2,2) and D(3,2) counts", () => {
  it("reproduces every count of d2-d3-counts.tsv", () => {
    const rows = readFileSync(referencePath("ctm/d2-d3-counts.tsv"), "utf8").trim().split("\n").slice(1);
    for (const n of [2, 3]) {
      const result = enumerateTree(tmSpace(n, 2));
      const mine = rows.filter((r) => r.startsWith(`${n}\t`));
      expect(mine.length).toBe(ctmSummary(result).strings);
      for (const row of mine) {
        const [, s, c0, c1, d] = row.split("\t") as [string, string, string, string, string];
        const comp = [...s].map((ch) => (ch === "0" ? "1" : "0")).join("");
        expect([s, result.counts.get(s) ?? 0]).toEqual([s, Number(c0)]);
        expect([s, result.counts.get(comp) ?? 0]).toEqual([s, Number(c1)]);
        // D printed with 12 significant digits in the reference file.
        const D = (Number(c0) + Number(c1)) / (2 * Number(result.halting));
        expect(Math.abs(D - Number(d)) / D).toBeLessThan(1e-11);
      }
    }
  });
});

const worker = treeWorkerFile();
if (worker === undefined)
  console.warn("[complexity tests] no compiled tree worker (run npm run build): parallel test skipped");

describe("enumerateParallel", () => {
  it.skipIf(worker === undefined)("merges worker results exactly", async () => {
    const space = tmSpace(3, 2);
    const par = await enumerateParallel(space, { workers: 2 });
    expect(par.workers).toBe(2);
    expect(sorted(par.counts)).toEqual(sorted(enumerateTree(space).counts));
  });

  it("resumes from a checkpoint and gives the same table", async () => {
    const space = tmSpace(3, 2);
    const file = join(tmpdir(), `ouro-ctm-checkpoint-${process.pid}.json`);
    rmSync(file, { force: true });
    let seen = 0;
    await expect(
      enumerateParallel(space, {
        workers: 1,
        checkpoint: file,
        checkpointEverySeconds: 0,
        onProgress: () => {
          if (++seen === 5) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    expect(existsSync(file)).toBe(true);
    const resumed = await enumerateParallel(space, { workers: 1, checkpoint: file });
    expect(resumed.resumedUnits).toBe(4);
    expect(sorted(resumed.counts)).toEqual(sorted(enumerateTree(space).counts));
    await expect(enumerateParallel(tmSpace(2, 2), { checkpoint: file })).rejects.toThrow(InputError);
    rmSync(file, { force: true });
  });
});
