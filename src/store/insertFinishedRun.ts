// Writes a whole finished run (spec and every generation) in the caller's transaction: how a sweep stores a cell once.
import type Database from "better-sqlite3";
import type { GenerationRecord } from "../loop/types.js";
import type { ExperimentSpec } from "../spec/types.js";
import { assertStorableRecord } from "./assertStorableRecord.js";
import { packageVersion } from "./packageVersion.js";
import { newRunId } from "./runId.js";
import type { RunOwner } from "./runStore.js";

/** A run computed elsewhere (a worker thread or another machine): its records t = 0..T and their compute times. */
export interface FinishedRun {
  readonly spec: ExperimentSpec;
  readonly records: readonly GenerationRecord[];
  readonly seconds: readonly number[];
  readonly sweep: string;
}

/**
 * Inserts the run as `done`, with the same rows `RunStore.createRun` + `appendGeneration` + `finishRun` would write
 * (no checkpoint: nothing is left to resume). Call inside a transaction; returns the new run id.
 */
export function insertFinishedRun(db: Database.Database, run: FinishedRun, owner: RunOwner): string {
  const { spec, records, seconds } = run;
  if (records.length !== spec.generations + 1 || seconds.length !== records.length) {
    throw new Error(
      `run of ${spec.name}: expected ${spec.generations + 1} generations with times, got ${records.length} and ${seconds.length}`,
    );
  }
  records.forEach((record, t) => {
    assertStorableRecord(record);
    if (record.t !== t) throw new Error(`run of ${spec.name}: generation ${t} has t = ${record.t}`);
  });
  let id = newRunId();
  while (db.prepare("SELECT 1 FROM runs WHERE id = ?").get(id) !== undefined) id = newRunId();
  const stamp = new Date().toISOString();
  const total = seconds.reduce((sum, s) => sum + s, 0);
  db.prepare(
    `INSERT INTO runs (id, name, sweep_id, spec, seed, status, generations_done, generations_total, pid, pid_start,
       host, version, error, seconds, created_at, updated_at, finished_at)
     VALUES (?, ?, ?, ?, ?, 'done', ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(
    id,
    spec.name,
    run.sweep,
    JSON.stringify(spec),
    spec.seed,
    spec.generations,
    spec.generations,
    owner.pid,
    owner.host,
    packageVersion(),
    total,
    stamp,
    stamp,
    stamp,
  );
  const insert = db.prepare(
    "INSERT INTO generations (run_id, t, record, seconds, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  records.forEach((record, t) => {
    insert.run(id, t, JSON.stringify(record), seconds[t], stamp);
  });
  return id;
}
