import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OpenProject } from '../store/project-registry';
import type { ExportSummary } from '../../src-shared/contract';
import { PreprocessingSchema, type Preprocessing } from '../../src-shared/data/preprocessing';
import { StudioError } from '../../src-shared/errors';
import { latestCheckpoint } from '../store/repos/checkpoints-repo';
import { insertExport, getExport } from '../store/repos/exports-repo';
import { getRun } from '../store/repos/runs-repo';
import { writeFileAtomic } from '../store/atomic-file';
import { loadRunSummary } from '../training/run-summary';
import { buildMetadata } from './metadata';
import { plainTopology } from './plain-topology';

export const EXPORT_FILES = { topology: 'model.json', weights: 'weights.bin', metadata: 'metadata.json' } as const;

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return s || 'model';
}

function isEmptyDir(dir: string): boolean {
  return statSync(dir).isDirectory() && readdirSync(dir).length === 0;
}

/** <project>/exports/<model>-run-<id>, with -2, -3… when an earlier export took the name. */
export function defaultExportDir(project: OpenProject, modelName: string, runId: number): string {
  const base = join(project.dir, 'exports', `${slug(modelName)}-run-${runId}`);
  let dir = base;
  for (let n = 2; existsSync(dir) && !isEmptyDir(dir); n++) dir = `${base}-${n}`;
  return dir;
}

export function checkpointFolder(project: OpenProject, runId: number): { id: number; dir: string; sha256: string; epoch: number } {
  const checkpoint = latestCheckpoint(project.db, runId);
  if (!checkpoint) {
    throw new StudioError('EXPORT_NO_CHECKPOINT', `Run ${runId} has no saved weights yet: let it finish an epoch, or stop it, then export`, { runId });
  }
  const dir = resolve(project.dir, checkpoint.path);
  if (!dir.startsWith(resolve(project.dir))) {
    throw new StudioError('PATH_OUTSIDE_FOLDER', `Checkpoint ${checkpoint.path} points outside the project`, { path: checkpoint.path });
  }
  return { id: checkpoint.id, dir, sha256: checkpoint.sha256, epoch: checkpoint.epoch };
}

export function runPreprocessing(project: OpenProject, runId: number): Preprocessing {
  const row = getRun(project.db, runId);
  if (!row) throw new StudioError('NOT_FOUND', `Run ${runId} does not exist in this project`, { runId });
  if (!row.preprocessing) {
    throw new StudioError('EXPORT_NO_CHECKPOINT', `Run ${runId} never got as far as preparing its data`, { runId });
  }
  return PreprocessingSchema.parse(JSON.parse(row.preprocessing));
}

/**
 * Writes the run's last checkpoint as a TensorFlow.js layers model (model.json + weights.bin)
 * with metadata.json: class names, what the input is, and the preprocessing fitted on the
 * training split, so the model can be used with plain @tensorflow/tfjs.
 */
export function exportRun(project: OpenProject, runId: number, options: { dir?: string; appVersion: string }): ExportSummary {
  const run = loadRunSummary(project, runId);
  const checkpoint = checkpointFolder(project, runId);
  const preprocessing = runPreprocessing(project, runId);

  const weights = readFileSync(join(checkpoint.dir, EXPORT_FILES.weights));
  const actual = createHash('sha256').update(weights).digest('hex');
  if (actual !== checkpoint.sha256) {
    throw new StudioError('PROJECT_DB_CORRUPT', `The saved weights of run ${runId} do not match their recorded checksum; retrain to export`, {
      runId,
      path: checkpoint.dir,
    });
  }
  // The checkpoint may name the studio's own layer classes; the export must load in plain tfjs.
  const saved = JSON.parse(readFileSync(join(checkpoint.dir, EXPORT_FILES.topology), 'utf8')) as Record<string, unknown>;
  const topology = { ...saved, modelTopology: plainTopology(saved.modelTopology) };

  let dir: string;
  if (options.dir) {
    dir = resolve(options.dir);
    if (existsSync(dir) && !isEmptyDir(dir)) {
      throw new StudioError('EXPORT_DIR_NOT_EMPTY', `${dir} is not empty: choose an empty or new folder so nothing there is overwritten`, { path: dir });
    }
  } else {
    dir = defaultExportDir(project, run.modelName, runId);
  }
  mkdirSync(dir, { recursive: true });

  writeFileAtomic(join(dir, EXPORT_FILES.weights), weights);
  writeFileAtomic(join(dir, EXPORT_FILES.topology), JSON.stringify(topology));
  const metadata = buildMetadata({ run, preprocessing, checkpointEpoch: checkpoint.epoch, appVersion: options.appVersion, topology });
  writeFileAtomic(join(dir, EXPORT_FILES.metadata), JSON.stringify(metadata, null, 2));

  const files = [EXPORT_FILES.topology, EXPORT_FILES.weights, EXPORT_FILES.metadata];
  const id = insertExport(project.db, { runId, checkpointId: checkpoint.id, format: 'tfjs-layers', path: dir, files });
  const row = getExport(project.db, id)!;
  return { id, runId, format: 'tfjs-layers', dir, files, createdAt: row.created_at };
}
