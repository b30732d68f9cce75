// The SQLite schema of the run store, version-stamped so an older ouroboros refuses a newer file (docs: contract.md, "Store").

/** Written into the file header (PRAGMA application_id): "OURO" in ASCII, so any tool can tell the file is ours. */
export const STORE_APPLICATION_ID = 0x4f55524f;

/** Bumped whenever the tables change; a store newer than this is refused, an older one is migrated. */
export const STORE_SCHEMA_VERSION = 1;

/** The tables of schema version 1. */
export const STORE_SCHEMA_V1 = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sweep_id TEXT,
  spec TEXT NOT NULL,
  seed INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'interrupted')),
  generations_done INTEGER NOT NULL,
  generations_total INTEGER NOT NULL,
  pid INTEGER,
  pid_start TEXT,
  host TEXT,
  version TEXT NOT NULL,
  error TEXT,
  seconds REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
CREATE INDEX runs_by_sweep ON runs (sweep_id);
CREATE INDEX runs_by_created ON runs (created_at);

CREATE TABLE generations (
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  t INTEGER NOT NULL,
  record TEXT NOT NULL,
  seconds REAL NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, t)
) STRICT, WITHOUT ROWID;

CREATE TABLE checkpoints (
  run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  t INTEGER NOT NULL,
  format TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
`;
