// The sweep tables: a cell is stored once, its run is linked to the sweep, and the run store reads the file unchanged.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { RunStore } from "../../src/store/runStore.js";
import { SweepStore } from "../../src/store/sweepStore.js";
import { planSweep } from "../../src/sweep/planSweep.js";
import { runCell } from "../../src/sweep/runCell.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { gaussianSweep } from "./sweepFiles.js";

const newPath = tempStorePaths("ouro-sweep-store-");

describe("SweepStore", () => {
  const plan = planSweep(gaussianSweep({ axes: { "data.n": [20, 30] }, seeds: [1] }), ".");
  const record = { id: plan.id, name: plan.name, kind: plan.kind, spec: plan.document, cells: plan.cells };

  it("stores an experiment cell once: a second store returns the first run", () => {
    const db = newPath();
    const store = SweepStore.open(db);
    expect(store.beginSweep(record)).toBe(true);
    expect(store.beginSweep(record)).toBe(false);
    const cell = plan.cells[0]!;
    if (cell.task.kind !== "experiment") throw new Error("expected an experiment cell");
    const result = runCell(cell.task);
    if (result.kind !== "experiment") throw new Error("expected an experiment result");
    const run = { spec: cell.task.spec, records: result.records, seconds: result.seconds };
    const first = store.storeRunCell(plan.id, 0, run);
    expect(store.storeRunCell(plan.id, 0, run)).toBe(first);
    expect(store.runByHash(cell.hash)).toBe(first);
    expect(store.runByHash(plan.cells[1]!.hash)).toBeUndefined();
    expect(store.cells(plan.id).map((c) => c.run)).toEqual([first, null]);
    expect(store.sweeps()).toMatchObject([{ sweep: plan.id, cells: 2, cells_done: 1, finished_at: null }]);
    store.close();

    const runs = RunStore.open(db);
    expect(runs.runs()).toHaveLength(1);
    expect(runs.run(first)).toMatchObject({ status: "done", sweep: plan.id, generations_done: 20 });
    expect(runs.generations(first)).toEqual(result.records);
    runs.close();
  });

  it("refuses a sweep id whose stored cells differ, and sweep tables newer than it knows", () => {
    const db = newPath();
    const store = SweepStore.open(db);
    store.beginSweep(record);
    expect(() => store.beginSweep({ ...record, cells: record.cells.slice(0, 1) })).toThrow(/other cells/);
    store.close();
    const raw = new Database(db);
    raw.prepare("UPDATE meta SET value = '99' WHERE key = 'sweep_schema_version'").run();
    raw.close();
    expect(() => SweepStore.open(db)).toThrow(InputError);
  });

  it("adds its tables to a store the run store created, leaving the run schema version as it was", () => {
    const db = newPath();
    RunStore.open(db).close();
    SweepStore.open(db).close();
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma("user_version", { simple: true })).toBe(1);
    raw.close();
    expect(() => SweepStore.open(db).cells("s0000000000000000")).toThrow(/unknown sweep/);
  });
});
