// The run store: exact round trips, one transaction per generation, ordering, and clear errors for bad files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import type { GenerationRecord } from "../../src/loop/types.js";
import { RunStore } from "../../src/store/runStore.js";
import { STORE_SCHEMA_VERSION } from "../../src/store/schema.js";
import { fakeLoop, fakeSpec } from "./fakeLoop.js";
import { tempStorePaths } from "./tempStorePath.js";

const newPath = tempStorePaths();

function steps(spec = fakeSpec()) {
  return [...fakeLoop(spec)];
}

function storeAll(store: RunStore, spec = fakeSpec()): string {
  const [first, ...rest] = steps(spec);
  const run = store.createRun(spec, { ...first!, seconds: 0.25 });
  for (const step of rest) store.appendGeneration(run, { ...step, seconds: 0.5 });
  store.finishRun(run);
  return run;
}

/** A pid that certainly belongs to no running process: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid!;
}

describe("RunStore round trip", () => {
  it("gives back the spec, records and document exactly as written", () => {
    const store = RunStore.open(newPath());
    const spec = fakeSpec();
    const run = storeAll(store, spec);
    const expected = steps(spec).map((step) => step.record);
    expect(store.spec(run)).toEqual(spec);
    expect(JSON.stringify(store.spec(run))).toBe(JSON.stringify(spec));
    expect(store.generations(run)).toEqual(expected);
    expect(JSON.stringify(store.document(run))).toBe(
      JSON.stringify({ name: spec.name, run, spec, generations: expected }),
    );
    const summary = store.run(run);
    expect(summary).toMatchObject({
      run,
      name: "fake",
      status: "done",
      generations_done: 6,
      generations: 6,
      seed: 7,
    });
    expect(summary.seconds).toBe(0.25 + 6 * 0.5);
    expect(summary.finished_at).not.toBeNull();
    store.close();
  });

  it("keeps null means with their nonfinite count, and extreme finite values, unchanged", () => {
    const store = RunStore.open(newPath());
    const spec = fakeSpec("extremes", 1);
    const metric = (mean: number | null, nonfinite?: number) => ({
      mean,
      se: mean === null ? null : Number.MIN_VALUE,
      theory: 0.1 + 0.2,
      q05: -Number.MAX_VALUE,
      q50: 1e-300,
      q95: Number.MAX_SAFE_INTEGER + 2,
      ...(nonfinite === undefined ? {} : { nonfinite }),
    });
    const record0: GenerationRecord = {
      t: 0,
      metrics: { a: metric(1 / 3), b: metric(null, 3), c: metric(-1e308) },
    };
    const record1: GenerationRecord = {
      t: 1,
      metrics: { a: metric(null, 1), b: metric(2 ** -1074), c: metric(0) },
    };
    const run = store.createRun(spec, { record: record0, checkpoint: null, seconds: 0 });
    store.appendGeneration(run, { record: record1, checkpoint: { t: 1, replicates: [] }, seconds: 0 });
    const back = store.generations(run);
    expect(back).toEqual([record0, record1]);
    expect(Object.keys(back[0]!.metrics.b!)).toEqual(Object.keys(record0.metrics.b!));
    expect("nonfinite" in back[0]!.metrics.a!).toBe(false);
    store.close();
  });

  it("refuses a record JSON would change (NaN, infinities) and stores nothing of it", () => {
    const store = RunStore.open(newPath());
    const [first] = steps();
    const run = store.createRun(fakeSpec(), { ...first!, seconds: 0 });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const m = { mean: bad, se: 0, theory: null, q05: 0, q50: 0, q95: 0 };
      const record = { t: 1, metrics: { x: m } };
      expect(() =>
        store.appendGeneration(run, { record, checkpoint: { t: 1, replicates: [] }, seconds: 0 }),
      ).toThrow(/mean is (NaN|Infinity)/);
    }
    expect(store.generations(run).map((g) => g.t)).toEqual([0]);
    expect(store.checkpoint(run)).toBeNull();
    store.close();
  });

  it("keeps only the latest checkpoint, exact to the bit (NaN, -0, typed arrays)", () => {
    const path = newPath();
    const store = RunStore.open(path);
    const all = steps();
    const run = storeAll(store);
    const latest = store.checkpoint(run)!;
    expect(latest.t).toBe(6);
    expect(latest).toEqual(all.at(-1)!.checkpoint);
    const model = latest.replicates[0]!.model as Float64Array;
    expect(model).toBeInstanceOf(Float64Array);
    expect(Object.is(model[1], -0)).toBe(true);
    expect(Number.isNaN(model[2])).toBe(true);
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM checkpoints").get()).toEqual({ n: 1 });
    raw.close();
  });
});

describe("RunStore atomicity and order", () => {
  it("writes a generation and its checkpoint together or not at all", () => {
    const path = newPath();
    const store = RunStore.open(path);
    const all = steps();
    const run = store.createRun(fakeSpec(), { ...all[0]!, seconds: 0 });
    store.appendGeneration(run, { ...all[1]!, seconds: 0 });
    // Inject a failure into the checkpoint write, the last statement of a generation's transaction.
    const raw = new Database(path);
    raw.exec(
      "CREATE TRIGGER fail_t2 BEFORE UPDATE ON checkpoints WHEN NEW.t = 2 BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    expect(() => store.appendGeneration(run, { ...all[2]!, seconds: 0 })).toThrow(/injected/);
    expect(store.generations(run).map((g) => g.t)).toEqual([0, 1]);
    expect(store.checkpoint(run)!.t).toBe(1);
    expect(store.run(run).generations_done).toBe(1);
    raw.exec("DROP TRIGGER fail_t2");
    raw.close();
    store.appendGeneration(run, { ...all[2]!, seconds: 0 });
    expect(store.checkpoint(run)!.t).toBe(2);
    expect(store.generations(run).map((g) => g.t)).toEqual([0, 1, 2]);
    store.close();
  });

  it("refuses gaps, repeats and a checkpoint of another generation", () => {
    const store = RunStore.open(newPath());
    const all = steps();
    const run = store.createRun(fakeSpec(), { ...all[0]!, seconds: 0 });
    expect(() => store.appendGeneration(run, { ...all[2]!, seconds: 0 })).toThrow(
      /expected generation 1, got t = 2/,
    );
    store.appendGeneration(run, { ...all[1]!, seconds: 0 });
    expect(() => store.appendGeneration(run, { ...all[1]!, seconds: 0 })).toThrow(/expected generation 2/);
    expect(() =>
      store.appendGeneration(run, { record: all[2]!.record, checkpoint: all[3]!.checkpoint, seconds: 0 }),
    ).toThrow(/checkpoint of t = 3/);
    expect(store.generations(run).map((g) => g.t)).toEqual([0, 1]);
    store.close();
  });

  it("writes only to runs this process owns", () => {
    const path = newPath();
    const other = RunStore.open(path, { owner: { pid: process.pid, host: "elsewhere" } });
    const all = steps();
    const run = other.createRun(fakeSpec(), { ...all[0]!, seconds: 0 });
    const mine = RunStore.open(path);
    expect(() => mine.appendGeneration(run, { ...all[1]!, seconds: 0 })).toThrow(
      /not running in this process/,
    );
    other.appendGeneration(run, { ...all[1]!, seconds: 0 });
    expect(mine.run(run).generations_done).toBe(1);
    other.close();
    mine.close();
  });
});

describe("RunStore status", () => {
  it("reports a run whose process died as interrupted, and records it", () => {
    const path = newPath();
    const dead = RunStore.open(path, { owner: { pid: deadPid(), host: hostname() } });
    const run = dead.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    dead.close();
    const store = RunStore.open(path);
    expect(store.runs().map((r) => [r.run, r.status])).toEqual([[run, "interrupted"]]);
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare("SELECT status FROM runs WHERE id = ?").get(run)).toEqual({ status: "interrupted" });
    raw.close();
    store.close();
  });

  it("reports a live run as running, and one on another machine as running (it cannot be checked)", () => {
    const path = newPath();
    const store = RunStore.open(path);
    const live = store.createRun(fakeSpec("live"), { ...steps()[0]!, seconds: 0 });
    const remote = RunStore.open(path, { owner: { pid: deadPid(), host: `${hostname()}-other` } });
    const far = remote.createRun(fakeSpec("far"), { ...steps()[0]!, seconds: 0 });
    const statuses = Object.fromEntries(store.runs().map((r) => [r.run, r.status]));
    expect(statuses).toEqual({ [live]: "running", [far]: "running" });
    remote.close();
    store.close();
  });

  it("claims an interrupted run for resuming, refuses a live one, and leaves a done one", () => {
    const path = newPath();
    const dead = RunStore.open(path, { owner: { pid: deadPid(), host: hostname() } });
    const interrupted = dead.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    const store = RunStore.open(path);
    const live = store.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    const done = storeAll(store);
    expect(() => store.claimRun(live)).toThrow(InputError);
    expect(() => store.claimRun(live)).toThrow(/runs as pid/);
    expect(store.claimRun(done).status).toBe("done");
    const claimed = store.claimRun(interrupted);
    expect(claimed).toMatchObject({ status: "running", pid: process.pid, host: hostname() });
    store.appendGeneration(interrupted, { ...steps()[1]!, seconds: 0 });
    expect(() => dead.appendGeneration(interrupted, { ...steps()[2]!, seconds: 0 })).toThrow(/not running/);
    dead.close();
    store.close();
  });

  it("takes over a run marked running on another machine only when asked to", () => {
    const path = newPath();
    const remote = RunStore.open(path, { owner: { pid: process.pid, host: `${hostname()}-gone` } });
    const run = remote.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    const store = RunStore.open(path);
    expect(() => store.claimRun(run)).toThrow(/resume with --take-over/);
    expect(store.claimRun(run, { takeOver: true })).toMatchObject({ status: "running", host: hostname() });
    const live = store.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    // A live run on this machine is never taken over.
    expect(() => RunStore.open(path).claimRun(live, { takeOver: true })).toThrow(
      /wait for it or stop it first/,
    );
    remote.close();
    store.close();
  });

  it("marks a failed run with its error", () => {
    const store = RunStore.open(newPath());
    const run = store.createRun(fakeSpec(), { ...steps()[0]!, seconds: 0 });
    store.failRun(run, "boom");
    expect(store.run(run)).toMatchObject({ status: "failed", error: "boom" });
    store.close();
  });

  it("lists runs in creation order and by sweep", () => {
    const store = RunStore.open(newPath());
    const a = store.createRun(fakeSpec("a"), { ...steps()[0]!, seconds: 0 }, { sweep: "s1" });
    const b = store.createRun(fakeSpec("b"), { ...steps()[0]!, seconds: 0 });
    expect(store.runs().map((r) => r.run)).toEqual([a, b]);
    expect(store.runs({ sweep: "s1" }).map((r) => [r.run, r.sweep])).toEqual([[a, "s1"]]);
    store.close();
  });
});

describe("RunStore errors", () => {
  it("names an unknown run id", () => {
    const store = RunStore.open(newPath());
    expect(() => store.run("r-nope")).toThrow(InputError);
    expect(() => store.document("r-nope")).toThrow(/unknown run: RUN: got "r-nope"/);
    store.close();
  });

  it("refuses a file that is not a SQLite database, and leaves it alone", () => {
    const path = newPath("notes.db");
    writeFileSync(path, "these are my notes, not a database\n".repeat(200));
    expect(() => RunStore.open(path)).toThrow(InputError);
    expect(() => RunStore.open(path)).toThrow(/not an ouroboros store \(not a SQLite database\)/);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("refuses a SQLite database of something else", () => {
    const path = newPath();
    const foreign = new Database(path);
    foreign.exec("CREATE TABLE recipes (name TEXT)");
    foreign.close();
    expect(() => RunStore.open(path)).toThrow(/a SQLite database of something else/);
  });

  it("refuses a store of a newer schema, naming both versions", () => {
    const path = newPath();
    RunStore.open(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${STORE_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => RunStore.open(path)).toThrow(
      new RegExp(
        `version ${STORE_SCHEMA_VERSION} or older \\(this one is version ${STORE_SCHEMA_VERSION + 1}`,
      ),
    );
  });

  it("refuses a directory, and a missing file when one must exist (without creating it)", () => {
    const dir = newPath("a-directory");
    mkdirSync(dir);
    expect(() => RunStore.open(dir)).toThrow(/this is a directory/);
    const missing = newPath();
    expect(() => RunStore.open(missing, { mustExist: true })).toThrow(/no store/);
    expect(existsSync(missing)).toBe(false);
  });

  it("opens a store in WAL mode, stamped with its schema version", () => {
    const path = newPath();
    RunStore.open(path).close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.pragma("user_version", { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({
      value: String(STORE_SCHEMA_VERSION),
    });
    raw.close();
  });
});
