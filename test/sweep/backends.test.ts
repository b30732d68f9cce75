// The same sweep, byte for byte, in-thread and on worker-thread pools; the CTM enumeration merged exactly; reruns resume.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { RunStore } from "../../src/store/runStore.js";
import { planSweep } from "../../src/sweep/planSweep.js";
import { runSweep } from "../../src/sweep/runSweep.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { storedCells } from "./storedCells.js";
import { gaussianSweep } from "./sweepFiles.js";

const newPath = tempStorePaths("ouro-sweep-backends-");

describe("experiment sweeps on every local backend", () => {
  const plan = planSweep(gaussianSweep(), ".");
  const results = new Map<number, { db: string; outcome: Awaited<ReturnType<typeof runSweep>> }>();
  beforeAll(async () => {
    for (const workers of [1, 2, 3]) {
      const db = newPath();
      results.set(workers, { db, outcome: await runSweep(plan, { db, workers }) });
    }
  });

  it("stores every cell as a done run linked to the sweep", () => {
    const { db, outcome } = results.get(1)!;
    expect(outcome.backend).toMatch(/in-thread/);
    expect(results.get(2)!.outcome.backend).toBe("2 worker threads");
    const runs = RunStore.open(db);
    const linked = runs.runs({ sweep: plan.id });
    runs.close();
    expect(linked).toHaveLength(8);
    expect(linked.every((run) => run.status === "done" && run.generations_done === 20)).toBe(true);
    expect(outcome.document).toMatchObject({ kind: "experiment", sweep: plan.id });
    expect(outcome.document.kind === "experiment" && outcome.document.cells.length).toBe(8);
  });

  it("gives byte-identical cells with 1 worker, 2 threads and 3 threads", () => {
    const reference = storedCells(results.get(1)!.db, plan);
    expect(reference).toHaveLength(8);
    expect(new Set(reference).size).toBe(8);
    for (const workers of [2, 3]) expect(storedCells(results.get(workers)!.db, plan)).toEqual(reference);
  });

  it("gives the contract's JSON: params, run and final mean/se per cell, in cell order", () => {
    const document = results.get(2)!.outcome.document;
    if (document.kind !== "experiment") throw new Error("expected an experiment sweep");
    expect(document.sweep).toBe(plan.id);
    expect(document.cells.map((c) => c.params)).toEqual(plan.cells.map((c) => c.params));
    const final = document.cells[0]!.final.var!;
    expect(Object.keys(final)).toEqual(["mean", "se"]);
    const single = results.get(1)!.outcome.document;
    const strip = (d: typeof document) => JSON.stringify(d.cells.map(({ run: _r, ...rest }) => rest));
    if (single.kind !== "experiment") throw new Error("expected an experiment sweep");
    expect(strip(document)).toBe(strip(single));
  });

  it("resumes: a rerun finds every cell stored and stores none twice", async () => {
    const { db } = results.get(2)!;
    const again = await runSweep(plan, { db, workers: 2 });
    expect(again.resumed).toBe(8);
    const runs = RunStore.open(db);
    expect(runs.runs({ sweep: plan.id })).toHaveLength(8);
    runs.close();
    expect(storedCells(db, plan)).toEqual(storedCells(results.get(1)!.db, plan));
  });
});

describe("the CTM enumeration as a sweep", () => {
  const shipped = (name: string) => readFileSync(new URL(`../../data/ctm/${name}`, import.meta.url), "utf8");

  it("merges (4,2)'s work units from 2 threads exactly: the table equals the shipped d4 byte for byte", async () => {
    const out = newPath("d4.ctm");
    const plan = planSweep({ ctm: { states: 4, out } }, ".");
    const outcome = await runSweep(plan, { db: newPath(), workers: 2 });
    expect(readFileSync(out, "utf8")).toBe(shipped("d4.ctm"));
    const document = outcome.document;
    if (document.kind !== "ctm") throw new Error("expected a CTM sweep");
    expect(document).toMatchObject({ states: 4, halting: 2985384480, units: plan.cells.length });
  });

  it("and in one thread, (3,2) equals the shipped d3", async () => {
    const out = newPath("d3.ctm");
    await runSweep(planSweep({ ctm: { states: 3, out } }, "."), { db: newPath(), workers: 1 });
    expect(readFileSync(out, "utf8")).toBe(shipped("d3.ctm"));
  });
});
