import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute, basename } from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { StudioError } from '../../../src-shared/errors';
import { registerCustomLayers } from '../model/custom-layers/spatial-dropout2d';
import type { Tf } from './backends';
import { fsyncDirectory, writeFileDurably } from './durable-files';

// Checkpoints in the TensorFlow.js layers format (model.json + weights.bin), written through our
// own IOHandler (no tfjs-node). A checkpoint folder appears under its final name only complete:
// files are written and fsynced in a temporary folder beside it, which is then renamed.

export type CheckpointKind = 'final' | 'best' | 'periodic';

export interface SavedCheckpoint {
  path: string;
  /** sha256 of weights.bin, hex. */
  sha256: string;
}

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';
const TEMP_PREFIX = '.tmp-';
const OLD_PREFIX = '.old-';

export function checkpointFolderName(epoch: number, kind: CheckpointKind): string {
  return `epoch-${String(epoch).padStart(4, '0')}-${kind}`;
}

function joinWeights(data: tfTypes.io.WeightData | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array(0);
  const parts = Array.isArray(data) ? data : [data];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(new Uint8Array(part), at);
    at += part.byteLength;
  }
  return out;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Captures what model.save() hands over; the files are written afterwards. */
async function captureArtifacts(model: tfTypes.LayersModel): Promise<tfTypes.io.ModelArtifacts> {
  let captured: tfTypes.io.ModelArtifacts | null = null;
  await model.save({
    async save(artifacts) {
      captured = artifacts;
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          weightDataBytes: joinWeights(artifacts.weightData).byteLength,
        },
      };
    },
  });
  if (captured === null) throw new Error('The model handed nothing to save');
  return captured;
}

/** Writes `<checkpointDir>/epoch-NNNN-<kind>` durably and returns its path and the weights' sha256. */
export async function saveCheckpoint(model: tfTypes.LayersModel, checkpointDir: string, epoch: number, kind: CheckpointKind): Promise<SavedCheckpoint> {
  const artifacts = await captureArtifacts(model);
  const weights = joinWeights(artifacts.weightData);
  const modelJson = {
    format: 'layers-model',
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy ?? null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
  };
  await mkdir(checkpointDir, { recursive: true });
  const name = checkpointFolderName(epoch, kind);
  const finalPath = join(checkpointDir, name);
  const tempPath = join(checkpointDir, `${TEMP_PREFIX}${name}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(tempPath);
    await writeFileDurably(join(tempPath, WEIGHTS_FILE), weights);
    await writeFileDurably(join(tempPath, MODEL_FILE), JSON.stringify(modelJson));
    await fsyncDirectory(tempPath);
    await moveIntoPlace(tempPath, finalPath, checkpointDir);
  } catch (err) {
    await rm(tempPath, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDirectory(checkpointDir);
  return { path: finalPath, sha256: sha256(weights) };
}

/** Renames the finished folder to its final name, replacing an older checkpoint of the same name. */
async function moveIntoPlace(tempPath: string, finalPath: string, checkpointDir: string): Promise<void> {
  const oldPath = join(checkpointDir, `${OLD_PREFIX}${basename(finalPath)}-${randomBytes(4).toString('hex')}`);
  let replaced = false;
  try {
    await rename(finalPath, oldPath);
    replaced = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await rename(tempPath, finalPath);
  if (replaced) await rm(oldPath, { recursive: true, force: true });
}

/** Deletes folders left by a save that never finished (the process died before the rename). */
export async function removeStaleCheckpointTemps(checkpointDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(checkpointDir);
  } catch {
    return [];
  }
  const stale = entries.filter((e) => e.startsWith(TEMP_PREFIX) || e.startsWith(OLD_PREFIX));
  for (const entry of stale) await rm(join(checkpointDir, entry), { recursive: true, force: true });
  return stale;
}

function invalid(dir: string, why: string): StudioError {
  return new StudioError('CHECKPOINT_INVALID', `The checkpoint ${dir} cannot be loaded: ${why}`, { path: dir });
}

/** Reads a checkpoint folder's files; weight paths must stay inside the folder. */
async function readArtifacts(dir: string, expectedSha256?: string): Promise<tfTypes.io.ModelArtifacts> {
  let manifestText: string;
  try {
    manifestText = await readFile(join(dir, MODEL_FILE), 'utf8');
  } catch {
    throw invalid(dir, `${MODEL_FILE} is missing`);
  }
  let json: { modelTopology?: unknown; weightsManifest?: { paths?: unknown; weights?: unknown }[]; format?: unknown; generatedBy?: unknown };
  try {
    json = JSON.parse(manifestText);
  } catch {
    throw invalid(dir, `${MODEL_FILE} is not valid JSON`);
  }
  if (typeof json.modelTopology !== 'object' || json.modelTopology === null || !Array.isArray(json.weightsManifest)) {
    throw invalid(dir, `${MODEL_FILE} has no model topology or weights manifest`);
  }
  const weightSpecs: tfTypes.io.WeightsManifestEntry[] = [];
  const chunks: Uint8Array[] = [];
  const root = resolve(dir);
  for (const group of json.weightsManifest) {
    if (!Array.isArray(group.paths) || !Array.isArray(group.weights)) throw invalid(dir, 'a weights manifest group is malformed');
    weightSpecs.push(...(group.weights as tfTypes.io.WeightsManifestEntry[]));
    for (const path of group.paths) {
      const full = resolve(root, String(path));
      const rel = relative(root, full);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        throw new StudioError('PATH_OUTSIDE_FOLDER', `The checkpoint ${dir} names a weights file outside its folder: ${String(path)}`, { path: String(path) });
      }
      try {
        chunks.push(new Uint8Array(await readFile(full)));
      } catch {
        throw invalid(dir, `the weights file ${String(path)} is missing`);
      }
    }
  }
  const weights = joinWeights(chunks.map((c) => c.buffer.slice(c.byteOffset, c.byteOffset + c.byteLength) as ArrayBuffer));
  if (expectedSha256 !== undefined && sha256(weights) !== expectedSha256) {
    throw invalid(dir, 'its weights do not match the recorded checksum (the files were changed or damaged)');
  }
  return {
    modelTopology: json.modelTopology as object,
    weightSpecs,
    weightData: weights.buffer as ArrayBuffer,
    format: typeof json.format === 'string' ? json.format : undefined,
    generatedBy: typeof json.generatedBy === 'string' ? json.generatedBy : undefined,
  };
}

/** Loads a checkpoint folder as a LayersModel; with `expectedSha256`, refuses changed weights. */
export async function loadCheckpoint(tf: Tf, dir: string, expectedSha256?: string): Promise<tfTypes.LayersModel> {
  const artifacts = await readArtifacts(dir, expectedSha256);
  // A checkpoint may hold the studio's own layer classes (SpatialDropout2D).
  registerCustomLayers(tf);
  try {
    return await tf.loadLayersModel({ load: async () => artifacts });
  } catch (err) {
    throw invalid(dir, err instanceof Error ? err.message : String(err));
  }
}
