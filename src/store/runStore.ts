// The run store: runs, their normalised specs, per-generation records and the latest checkpoint (contract.md, "Store").
import { hostname } from "node:os";
import type Database from "better-sqlite3";
import { inputError } from "../core/errors.js";
import type { Checkpoint, GenerationRecord, RunDocument } from "../loop/types.js";
import type { ExperimentSpec } from "../spec/types.js";
import { assertStorableRecord } from "./assertStorableRecord.js";
import { decodeCheckpoint, encodeCheckpoint } from "./checkpointCodec.js";
import { type OpenDatabaseOptions, openDatabase } from "./openDatabase.js";
import { packageVersion } from "./packageVersion.js";
import { processAlive, processStartTime } from "./processAlive.js";
import { newRunId } from "./runId.js";
import type { RunStatus, RunSummary } from "./types.js";

interface RunRow {
  readonly id: string;
  readonly name: string;
  readonly sweep_id: string | null;
  readonly seed: number;
  readonly status: RunStatus;
  readonly generations_done: number;
  readonly generations_total: number;
  readonly pid: number | null;
  readonly pid_start: string | null;
  readonly host: string | null;
  readonly version: string;
  readonly error: string | null;
  readonly seconds: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly finished_at: string | null;
}

/** A generation as the loop yields it, with the checkpoint after it (null at t = 0) and its compute time. */
export interface StoredGeneration {
  readonly record: GenerationRecord;
  readonly checkpoint: Checkpoint | null;
  readonly seconds: number;
}

/** The process that runs (and alone writes) the runs this store creates or claims. */
export interface RunOwner {
  readonly pid: number;
  readonly host: string;
}

export interface RunStoreOptions extends OpenDatabaseOptions {
  /** Default: this process on this machine. Tests and process pools may name another. */
  readonly owner?: RunOwner;
}

const RUN_COLUMNS = `id, name, sweep_id, seed, status, generations_done, generations_total, pid, pid_start, host,
  version, error, seconds, created_at, updated_at, finished_at`;

function toSummary(row: RunRow): RunSummary {
  return {
    run: row.id,
    name: row.name,
    status: row.status,
    generations_done: row.generations_done,
    generations: row.generations_total,
    seed: row.seed,
    sweep: row.sweep_id,
    pid: row.pid,
    host: row.host,
    version: row.version,
    error: row.error,
    seconds: row.seconds,
    created_at: row.created_at,
    updated_at: row.updated_at,
    finished_at: row.finished_at,
  };
}

function now(): string {
  return new Date().toISOString();
}

export class RunStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #pid: number;
  readonly #host: string;
  readonly #pidStart: string | null;
  /** The machine this store is opened on: only its processes can be checked for liveness. */
  readonly #machine = hostname();

  private constructor(path: string, db: Database.Database, owner: RunOwner) {
    this.path = path;
    this.#db = db;
    this.#pid = owner.pid;
    this.#host = owner.host;
    this.#pidStart = processStartTime(owner.pid);
  }

  /** Opens the store at `path` (created when new unless options.mustExist). Bad paths throw InputError. */
  static open(path: string, options: RunStoreOptions = {}): RunStore {
    const owner = options.owner ?? { pid: process.pid, host: hostname() };
    return new RunStore(path, openDatabase(path, options), owner);
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /**
   * Registers a new run, owned by this process, together with its first stored generation (t = 0), in one
   * transaction: a run in the store always has its spec and P*'s metrics.
   */
  createRun(
    spec: ExperimentSpec,
    first: StoredGeneration,
    options: { readonly sweep?: string } = {},
  ): string {
    assertStorableRecord(first.record);
    const encoded = first.checkpoint === null ? null : encodeCheckpoint(first.checkpoint);
    const insert = this.#db.prepare(
      `INSERT INTO runs (id, name, sweep_id, spec, seed, status, generations_done, generations_total, pid, pid_start,
         host, version, error, seconds, created_at, updated_at, finished_at)
       VALUES (?, ?, ?, ?, ?, 'running', 0, ?, ?, ?, ?, ?, NULL, 0, ?, ?, NULL)`,
    );
    return this.#db
      .transaction(() => {
        let id = newRunId();
        while (this.#db.prepare("SELECT 1 FROM runs WHERE id = ?").get(id) !== undefined) id = newRunId();
        const stamp = now();
        insert.run(
          id,
          spec.name,
          options.sweep ?? null,
          JSON.stringify(spec),
          spec.seed,
          spec.generations,
          this.#pid,
          this.#pidStart,
          this.#host,
          packageVersion(),
          stamp,
          stamp,
        );
        this.#write(id, first, encoded);
        return id;
      })
      .immediate();
  }

  /** Stores one generation and the checkpoint after it (replacing the previous one) in a single transaction. */
  appendGeneration(runId: string, generation: StoredGeneration): void {
    assertStorableRecord(generation.record);
    // Encoded before the write lock is taken: other processes writing to the store wait only for the write.
    const encoded = generation.checkpoint === null ? null : encodeCheckpoint(generation.checkpoint);
    this.#db.transaction(() => this.#write(runId, generation, encoded)).immediate();
  }

  #write(
    runId: string,
    { record, checkpoint, seconds }: StoredGeneration,
    encoded: ReturnType<typeof encodeCheckpoint> | null,
  ): void {
    const stamp = now();
    const row = this.#row(runId);
    // Only the process that owns the run writes to it (a second `ouro resume` elsewhere may have taken it over).
    if (row.status !== "running" || row.pid !== this.#pid || row.host !== this.#host) {
      throw new Error(`run ${runId} is not running in this process; not writing t = ${record.t}`);
    }
    // Generations arrive in order without gaps: t = 0 with the run, then one more fit each time.
    const expected = record.t === 0 ? 0 : row.generations_done + 1;
    if (record.t !== expected)
      throw new Error(`run ${runId}: expected generation ${expected}, got t = ${record.t}`);
    if (checkpoint !== null && checkpoint.t !== record.t) {
      throw new Error(
        `run ${runId}: checkpoint of t = ${checkpoint.t} given with generation t = ${record.t}`,
      );
    }
    this.#db
      .prepare("UPDATE runs SET generations_done = ?, seconds = seconds + ?, updated_at = ? WHERE id = ?")
      .run(record.t, seconds, stamp, runId);
    this.#db
      .prepare("INSERT INTO generations (run_id, t, record, seconds, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(runId, record.t, JSON.stringify(record), seconds, stamp);
    if (checkpoint !== null && encoded !== null) {
      this.#db
        .prepare(
          `INSERT INTO checkpoints (run_id, t, format, data, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (run_id) DO UPDATE SET t = excluded.t, format = excluded.format, data = excluded.data,
             created_at = excluded.created_at`,
        )
        .run(runId, checkpoint.t, encoded.format, encoded.data, stamp);
    }
  }

  /** Marks a run of this process finished. */
  finishRun(runId: string): void {
    this.#setStatus(runId, "done", null);
  }

  /** Marks a run of this process failed, keeping why. */
  failRun(runId: string, error: string): void {
    this.#setStatus(runId, "failed", error);
  }

  #setStatus(runId: string, status: RunStatus, error: string | null): void {
    const stamp = now();
    this.#db
      .prepare(
        `UPDATE runs SET status = ?, error = ?, updated_at = ?, finished_at = ?
         WHERE id = ? AND status = 'running' AND pid = ? AND host = ?`,
      )
      .run(status, error, stamp, stamp, runId, this.#pid, this.#host);
  }

  /**
   * Takes over an interrupted or failed run for this process (ouro resume). A done run is left as it is and
   * returned; a run whose process still runs is refused with an InputError.
   */
  claimRun(runId: string, options: { readonly takeOver?: boolean } = {}): RunSummary {
    return this.#db
      .transaction(() => {
        const run = this.run(runId);
        if (run.status === "done") return run;
        // A run on this machine is running only while its process lives (checked by run()); one on another
        // machine cannot be checked, and is taken over only when asked to (its machine is known to be gone).
        const remote = run.host !== this.#machine;
        if (run.status === "running" && !(remote && options.takeOver === true)) {
          const hint = remote
            ? "if that machine is gone, resume with --take-over"
            : "wait for it or stop it first";
          throw inputError(
            "RUN",
            runId,
            `a run that is not running (this one runs as pid ${run.pid} on ${run.host}; ${hint})`,
            "cannot resume",
          );
        }
        this.#db
          .prepare(
            `UPDATE runs SET status = 'running', error = NULL, finished_at = NULL, pid = ?, pid_start = ?, host = ?,
               updated_at = ? WHERE id = ?`,
          )
          .run(this.#pid, this.#pidStart, this.#host, now(), runId);
        return this.run(runId);
      })
      .immediate();
  }

  /** Every run, in the order they were created; runs whose process died are reported (and recorded) as interrupted. */
  runs(filter: { readonly sweep?: string } = {}): RunSummary[] {
    const rows =
      filter.sweep === undefined
        ? (this.#db.prepare(`SELECT ${RUN_COLUMNS} FROM runs ORDER BY rowid`).all() as RunRow[])
        : (this.#db
            .prepare(`SELECT ${RUN_COLUMNS} FROM runs WHERE sweep_id = ? ORDER BY rowid`)
            .all(filter.sweep) as RunRow[]);
    return rows.map((row) => toSummary(this.#reconcile(row)));
  }

  /** One run; an unknown id throws InputError. */
  run(runId: string): RunSummary {
    return toSummary(this.#reconcile(this.#row(runId)));
  }

  #row(runId: string): RunRow {
    const row = this.#db.prepare(`SELECT ${RUN_COLUMNS} FROM runs WHERE id = ?`).get(runId) as
      | RunRow
      | undefined;
    if (row === undefined) {
      throw inputError("RUN", runId, `the id of a run in ${this.path} (see \`ouro runs\`)`, "unknown run");
    }
    return row;
  }

  /** A `running` row whose process is gone from this host becomes `interrupted`. Other hosts cannot be checked. */
  #reconcile(row: RunRow): RunRow {
    if (row.status !== "running" || row.host !== this.#machine || row.pid === null) return row;
    if (processAlive(row.pid, row.pid_start)) return row;
    try {
      this.#db
        .prepare(
          "UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running' AND pid = ? AND host = ?",
        )
        .run(row.id, row.pid, row.host);
    } catch {
      // A read-only file, or a lock held past the busy timeout: report it all the same; it is recorded next time.
    }
    return { ...row, status: "interrupted" };
  }

  /** The normalised spec exactly as stored. */
  spec(runId: string): unknown {
    this.#row(runId);
    const row = this.#db.prepare("SELECT spec FROM runs WHERE id = ?").get(runId) as { spec: string };
    return JSON.parse(row.spec);
  }

  /** The stored generations in order of t. */
  generations(runId: string): GenerationRecord[] {
    this.#row(runId);
    const rows = this.#db
      .prepare("SELECT record FROM generations WHERE run_id = ? ORDER BY t")
      .all(runId) as { record: string }[];
    return rows.map((row) => JSON.parse(row.record) as GenerationRecord);
  }

  /** The latest checkpoint, or null when none was stored (only t = 0 ran). */
  checkpoint(runId: string): Checkpoint | null {
    this.#row(runId);
    const row = this.#db.prepare("SELECT t, format, data FROM checkpoints WHERE run_id = ?").get(runId) as
      | { t: number; format: string; data: Buffer }
      | undefined;
    if (row === undefined) return null;
    let checkpoint: Checkpoint;
    try {
      checkpoint = decodeCheckpoint(row.format, row.data);
    } catch (error) {
      throw new Error(`run ${runId}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (checkpoint.t !== row.t) throw new Error(`run ${runId}: the stored checkpoint is damaged`);
    return checkpoint;
  }

  /** The document of `ouro run --json` / `ouro show --json`: name, run id, normalised spec, generations so far. */
  document(runId: string): RunDocument {
    const row = this.#row(runId);
    return { name: row.name, run: row.id, spec: this.spec(runId), generations: this.generations(runId) };
  }
}
