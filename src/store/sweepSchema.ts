// The sweep tables of the run store, kept in their own file and created on demand beside the run tables (docs/scaling.md).

/**
 * Version of the sweep tables, recorded in meta as `sweep_schema_version`. They are additive (no run table changes),
 * so a store without them is still of run schema version 1 and older ouroboros versions read it unchanged.
 */
export const SWEEP_SCHEMA_VERSION = 1;

/**
 * A sweep, and one row per cell: its content hash (the job id on a queue), its parameters, and what it produced:
 * the run of an experiment cell, or the exact result text of any other cell (a CTM work unit's counts).
 * A cell is stored at most once: (sweep_id, idx) and (sweep_id, hash) are unique and so is run_id.
 */
export const SWEEP_SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS sweeps (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('experiment', 'ctm')),
  spec TEXT NOT NULL,
  cells INTEGER NOT NULL,
  version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS sweep_cells (
  sweep_id TEXT NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  hash TEXT NOT NULL,
  params TEXT NOT NULL,
  run_id TEXT UNIQUE REFERENCES runs (id) ON DELETE SET NULL,
  result TEXT,
  seconds REAL,
  stored_at TEXT,
  PRIMARY KEY (sweep_id, idx),
  UNIQUE (sweep_id, hash)
) STRICT;
CREATE INDEX IF NOT EXISTS sweep_cells_by_hash ON sweep_cells (hash);
`;
