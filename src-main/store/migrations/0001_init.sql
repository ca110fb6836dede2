-- Neurona Studio project database, schema 1.
-- Never edit an applied migration: add 0002_….sql instead.

CREATE TABLE project (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  app_version TEXT NOT NULL
);

-- Content-addressed files under blobs/ (imported images and CSVs).
CREATE TABLE blobs (
  sha256     TEXT PRIMARY KEY,
  size       INTEGER NOT NULL,
  mime       TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE datasets (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('table', 'images')),
  task          TEXT NOT NULL CHECK (task IN ('classification', 'regression')),
  source        TEXT NOT NULL,
  source_blob   TEXT REFERENCES blobs(sha256),
  target_column TEXT,
  input_shape   TEXT NOT NULL,
  split_seed    INTEGER NOT NULL,
  created_at    TEXT NOT NULL
);

CREATE TABLE classes (
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (dataset_id, idx),
  UNIQUE (dataset_id, name)
);

CREATE TABLE columns (
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('numeric', 'categorical')),
  role       TEXT NOT NULL CHECK (role IN ('feature', 'target', 'ignore')),
  missing    INTEGER NOT NULL DEFAULT 0,
  min        REAL,
  max        REAL,
  mean       REAL,
  distinct_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (dataset_id, idx)
);

-- One row per image file or per table row.
CREATE TABLE samples (
  id            INTEGER PRIMARY KEY,
  dataset_id    INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  blob_sha256   TEXT REFERENCES blobs(sha256),
  row_index     INTEGER,
  original_name TEXT,
  size          INTEGER,
  class_idx     INTEGER,
  split         TEXT NOT NULL CHECK (split IN ('train', 'val', 'test')),
  CHECK (blob_sha256 IS NOT NULL OR row_index IS NOT NULL)
);
CREATE INDEX samples_by_dataset ON samples (dataset_id, split, id);

CREATE TABLE models (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
  template   TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE model_versions (
  id         INTEGER PRIMARY KEY,
  model_id   INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
  version    INTEGER NOT NULL,
  graph      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (model_id, version)
);

CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  model_version_id INTEGER NOT NULL REFERENCES model_versions(id),
  dataset_id       INTEGER NOT NULL REFERENCES datasets(id),
  status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'paused', 'completed', 'stopped', 'interrupted', 'diverged', 'failed')),
  config           TEXT NOT NULL,
  backend          TEXT CHECK (backend IN ('tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu')),
  seed             INTEGER NOT NULL,
  preprocessing    TEXT,
  error            TEXT,
  epochs_completed INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  started_at       TEXT,
  finished_at      TEXT
);
CREATE INDEX runs_by_status ON runs (status);

CREATE TABLE metrics (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch  INTEGER NOT NULL,
  -- -1 for an epoch's summary; per-batch values (later) use their batch number.
  step   INTEGER NOT NULL DEFAULT -1,
  name   TEXT NOT NULL,
  value  REAL NOT NULL,
  PRIMARY KEY (run_id, name, epoch, step)
);

CREATE TABLE checkpoints (
  id           INTEGER PRIMARY KEY,
  run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch        INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('final', 'best', 'periodic')),
  path         TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  metric_name  TEXT,
  metric_value REAL,
  created_at   TEXT NOT NULL
);
CREATE INDEX checkpoints_by_run ON checkpoints (run_id, epoch);

CREATE TABLE exports (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  checkpoint_id INTEGER REFERENCES checkpoints(id) ON DELETE SET NULL,
  format        TEXT NOT NULL,
  path          TEXT NOT NULL,
  files         TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
