// The sweeps of a run store: each sweep's cells, their content hashes and results, each stored exactly once (docs/scaling.md).
import { hostname } from "node:os";
import type Database from "better-sqlite3";
import { inputError } from "../core/errors.js";
import { type FinishedRun, insertFinishedRun } from "./insertFinishedRun.js";
import { type OpenDatabaseOptions, openDatabase } from "./openDatabase.js";
import { packageVersion } from "./packageVersion.js";
import type { RunOwner } from "./runStore.js";
import { SWEEP_SCHEMA_V1, SWEEP_SCHEMA_VERSION } from "./sweepSchema.js";

export type SweepKind = "experiment" | "ctm";

/** What a sweep is made of, as planned before any work: one hash and parameter set per cell, in cell order. */
export interface SweepRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: SweepKind;
  /** The sweep document as given (JSON-safe). */
  readonly spec: unknown;
  readonly cells: readonly { readonly hash: string; readonly params: Readonly<Record<string, unknown>> }[];
}

/** One stored cell: its run (experiment cells) or result text (other cells), or neither while pending. */
export interface SweepCellRow {
  readonly index: number;
  readonly hash: string;
  readonly params: Record<string, unknown>;
  readonly run: string | null;
  readonly result: string | null;
  readonly seconds: number | null;
}

export interface SweepSummary {
  readonly sweep: string;
  readonly name: string;
  readonly kind: SweepKind;
  readonly cells: number;
  readonly cells_done: number;
  readonly version: string;
  readonly created_at: string;
  readonly finished_at: string | null;
}

interface CellRow {
  readonly idx: number;
  readonly hash: string;
  readonly params: string;
  readonly run_id: string | null;
  readonly result: string | null;
  readonly seconds: number | null;
}

function now(): string {
  return new Date().toISOString();
}

/** Creates the sweep tables when missing; refuses sweep tables newer than this code knows. */
function ensureSweepTables(db: Database.Database, path: string): void {
  db.transaction(() => {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'sweep_schema_version'").get() as
      | { value: string }
      | undefined;
    if (row !== undefined && Number(row.value) > SWEEP_SCHEMA_VERSION) {
      throw inputError(
        "--db",
        path,
        `a store whose sweep tables are of version ${SWEEP_SCHEMA_VERSION} or older (these are ${row.value}: upgrade ouroboros)`,
        "store too new",
      );
    }
    if (row !== undefined) return;
    db.exec(SWEEP_SCHEMA_V1);
    db.prepare("INSERT INTO meta (key, value) VALUES ('sweep_schema_version', ?)").run(
      String(SWEEP_SCHEMA_VERSION),
    );
  }).immediate();
}

export class SweepStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #owner: RunOwner;

  private constructor(path: string, db: Database.Database, owner: RunOwner) {
    this.path = path;
    this.#db = db;
    this.#owner = owner;
  }

  /** Opens the store at `path` (created when new), adding the sweep tables when it has none. */
  static open(path: string, options: OpenDatabaseOptions = {}): SweepStore {
    const db = openDatabase(path, options);
    try {
      ensureSweepTables(db, path);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SweepStore(path, db, { pid: process.pid, host: hostname() });
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /**
   * Registers the sweep and its cells, or finds it already there (a restarted coordinator): then its cells must be the
   * same ones. Returns whether it was new.
   */
  beginSweep(sweep: SweepRecord): boolean {
    return this.#db
      .transaction(() => {
        const existing = this.#db.prepare("SELECT cells FROM sweeps WHERE id = ?").get(sweep.id) as
          | { cells: number }
          | undefined;
        if (existing !== undefined) {
          const hashes = this.#db
            .prepare("SELECT hash FROM sweep_cells WHERE sweep_id = ? ORDER BY idx")
            .all(sweep.id) as { hash: string }[];
          const same =
            hashes.length === sweep.cells.length && hashes.every((h, i) => h.hash === sweep.cells[i]?.hash);
          if (!same)
            throw new Error(`sweep ${sweep.id} is in the store with other cells; the store is damaged`);
          return false;
        }
        const stamp = now();
        this.#db
          .prepare(
            `INSERT INTO sweeps (id, name, kind, spec, cells, version, created_at, updated_at, finished_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
          )
          .run(
            sweep.id,
            sweep.name,
            sweep.kind,
            JSON.stringify(sweep.spec),
            sweep.cells.length,
            packageVersion(),
            stamp,
            stamp,
          );
        const insert = this.#db.prepare(
          "INSERT INTO sweep_cells (sweep_id, idx, hash, params) VALUES (?, ?, ?, ?)",
        );
        sweep.cells.forEach((cell, i) => {
          insert.run(sweep.id, i, cell.hash, JSON.stringify(cell.params));
        });
        return true;
      })
      .immediate();
  }

  /** The cells of a sweep in order; an unknown sweep throws InputError. */
  cells(sweepId: string): SweepCellRow[] {
    this.#sweepRow(sweepId);
    const rows = this.#db
      .prepare(
        "SELECT idx, hash, params, run_id, result, seconds FROM sweep_cells WHERE sweep_id = ? ORDER BY idx",
      )
      .all(sweepId) as CellRow[];
    return rows.map((row) => ({
      index: row.idx,
      hash: row.hash,
      params: JSON.parse(row.params) as Record<string, unknown>,
      run: row.run_id,
      result: row.result,
      seconds: row.seconds,
    }));
  }

  /**
   * Stores an experiment cell's run, linked to its sweep, in one transaction with the cell's row: a cell that already
   * has a run keeps it (its id is returned) and nothing is written twice.
   */
  storeRunCell(sweepId: string, index: number, run: Omit<FinishedRun, "sweep">): string {
    return this.#db
      .transaction(() => {
        const cell = this.#cellRow(sweepId, index);
        if (cell.run_id !== null) return cell.run_id;
        const id = insertFinishedRun(this.#db, { ...run, sweep: sweepId }, this.#owner);
        const seconds = run.seconds.reduce((sum, s) => sum + s, 0);
        this.#db
          .prepare(
            "UPDATE sweep_cells SET run_id = ?, seconds = ?, stored_at = ? WHERE sweep_id = ? AND idx = ?",
          )
          .run(id, seconds, now(), sweepId, index);
        this.#touch(sweepId);
        return id;
      })
      .immediate();
  }

  /** Stores a non-experiment cell's result text once; returns false when it was stored already. */
  storeResultCell(sweepId: string, index: number, result: string, seconds: number): boolean {
    return this.#db
      .transaction(() => {
        const cell = this.#cellRow(sweepId, index);
        if (cell.result !== null) return false;
        this.#db
          .prepare(
            "UPDATE sweep_cells SET result = ?, seconds = ?, stored_at = ? WHERE sweep_id = ? AND idx = ?",
          )
          .run(result, seconds, now(), sweepId, index);
        this.#touch(sweepId);
        return true;
      })
      .immediate();
  }

  /** Marks the sweep finished (every cell stored). */
  finishSweep(sweepId: string): void {
    const stamp = now();
    this.#db
      .prepare("UPDATE sweeps SET finished_at = ?, updated_at = ? WHERE id = ?")
      .run(stamp, stamp, sweepId);
  }

  /** The run of an experiment cell with this content hash in any sweep of the store, if one was stored. */
  runByHash(hash: string): string | undefined {
    const row = this.#db
      .prepare("SELECT run_id FROM sweep_cells WHERE hash = ? AND run_id IS NOT NULL LIMIT 1")
      .get(hash) as { run_id: string } | undefined;
    return row?.run_id;
  }

  /** Every sweep, oldest first. */
  sweeps(): SweepSummary[] {
    const rows = this.#db
      .prepare(
        `SELECT s.id, s.name, s.kind, s.cells, s.version, s.created_at, s.finished_at,
           (SELECT count(*) FROM sweep_cells c WHERE c.sweep_id = s.id AND (c.run_id IS NOT NULL OR c.result IS NOT NULL))
             AS done
         FROM sweeps s ORDER BY s.created_at, s.id`,
      )
      .all() as {
      id: string;
      name: string;
      kind: SweepKind;
      cells: number;
      version: string;
      created_at: string;
      finished_at: string | null;
      done: number;
    }[];
    return rows.map((row) => ({
      sweep: row.id,
      name: row.name,
      kind: row.kind,
      cells: row.cells,
      cells_done: row.done,
      version: row.version,
      created_at: row.created_at,
      finished_at: row.finished_at,
    }));
  }

  #touch(sweepId: string): void {
    this.#db.prepare("UPDATE sweeps SET updated_at = ? WHERE id = ?").run(now(), sweepId);
  }

  #sweepRow(sweepId: string): void {
    if (this.#db.prepare("SELECT 1 FROM sweeps WHERE id = ?").get(sweepId) === undefined) {
      throw inputError("SWEEP", sweepId, `the id of a sweep in ${this.path}`, "unknown sweep");
    }
  }

  #cellRow(sweepId: string, index: number): CellRow {
    const row = this.#db
      .prepare(
        "SELECT idx, hash, params, run_id, result, seconds FROM sweep_cells WHERE sweep_id = ? AND idx = ?",
      )
      .get(sweepId, index) as CellRow | undefined;
    if (row === undefined) throw new Error(`sweep ${sweepId} has no cell ${index}`);
    return row;
  }
}
