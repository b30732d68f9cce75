// Opens (or creates) the SQLite file of a run store: WAL, a busy timeout, and a clear error for anything that is not one.
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { inputError } from "../core/errors.js";
import { packageVersion } from "./packageVersion.js";
import { STORE_APPLICATION_ID, STORE_SCHEMA_V1, STORE_SCHEMA_VERSION } from "./schema.js";

export interface OpenDatabaseOptions {
  /** Refuse a path where no file exists yet (commands that only read); default false (create it). */
  readonly mustExist?: boolean;
  /** Milliseconds to wait for another process's write lock; default 10 000. */
  readonly busyTimeoutMs?: number;
}

const NOT_A_STORE =
  "an ouroboros store (a SQLite file written by `ouro run`), or a path where none exists yet";

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/** Reads the header fields that tell an ouroboros store, an empty file and a foreign file apart. */
function inspect(db: Database.Database, path: string): { fresh: boolean; version: number } {
  try {
    const applicationId = db.pragma("application_id", { simple: true });
    const version = db.pragma("user_version", { simple: true });
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
    if (applicationId === STORE_APPLICATION_ID && typeof version === "number")
      return { fresh: false, version };
    if (applicationId === 0 && tables.n === 0) return { fresh: true, version: 0 };
    throw inputError(
      "--db",
      path,
      NOT_A_STORE,
      "not an ouroboros store (a SQLite database of something else)",
    );
  } catch (error) {
    if (isSqliteError(error, "SQLITE_NOTADB") || isSqliteError(error, "SQLITE_CORRUPT")) {
      throw inputError("--db", path, NOT_A_STORE, "not an ouroboros store (not a SQLite database)");
    }
    throw error;
  }
}

function initialise(db: Database.Database): void {
  db.exec(STORE_SCHEMA_V1);
  const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
  meta.run("application", "ouroboros");
  meta.run("schema_version", String(STORE_SCHEMA_VERSION));
  meta.run("created_by", packageVersion());
  meta.run("created_at", new Date().toISOString());
  db.pragma(`application_id = ${STORE_APPLICATION_ID}`);
  db.pragma(`user_version = ${STORE_SCHEMA_VERSION}`);
}

/** Opens the store file at `path`, creating and initialising it when it is new. Bad paths throw InputError. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw inputError("--db", path, "a file path (this is a directory)", "cannot open the store");
  }
  if (options.mustExist === true && !existsSync(path)) {
    throw inputError(
      "--db",
      path,
      "the path of an existing store (nothing has been run into this one)",
      "no store",
    );
  }
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw inputError("--db", path, `a writable file path (${reason})`, "cannot open the store");
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    const { fresh, version } = inspect(db, path);
    if (!fresh && version > STORE_SCHEMA_VERSION) {
      throw inputError(
        "--db",
        path,
        `a store of schema version ${STORE_SCHEMA_VERSION} or older (this one is version ${version}: upgrade ouroboros to read it)`,
        "store too new",
      );
    }
    // WAL: readers never block the writer, and a killed writer leaves the file readable.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    if (fresh) {
      db.transaction(() => {
        // Another process may have initialised the file between our look and our write lock.
        if (inspect(db, path).fresh) initialise(db);
      }).immediate();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
