import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { BACKEND_LADDER, type BackendChoice, type BackendId } from '../../../src-shared/training/backends';
import { StudioError } from '../../../src-shared/errors';
import { registerWasmTrainingKernels } from './wasm-kernels/register';

// The backend ladder (DESIGN.md "Training"): tfjs-node-gpu → tfjs-node → wasm → cpu.
// The native packages are optionalDependencies whose install often fails, so loading them is
// attempted with require() at run time (the bundler never sees them) and any failure is caught.

export type Tf = typeof tf;

export interface LoadedBackend {
  id: BackendId;
  tf: Tf;
}

export interface BackendAvailability {
  id: BackendId;
  available: boolean;
  reason: string | null;
}

type NativeId = 'tfjs-node-gpu' | 'tfjs-node';

const NATIVE_PACKAGES: Record<NativeId, string> = {
  'tfjs-node-gpu': '@tensorflow/tfjs-node-gpu',
  'tfjs-node': '@tensorflow/tfjs-node',
};

/** The name each id registers in tfjs' backend registry (both native packages register 'tensorflow'). */
const TFJS_BACKEND_NAME: Record<BackendId, string> = {
  'tfjs-node-gpu': 'tensorflow',
  'tfjs-node': 'tensorflow',
  wasm: 'wasm',
  cpu: 'cpu',
};

/** Loads a package by name; replaceable in tests to simulate the ways an optional package fails. */
export type PackageLoader = (name: string) => unknown;

const requireFromHere = createRequire(import.meta.url);
let loadPackage: PackageLoader = (name) => requireFromHere(name);

export function setPackageLoaderForTests(loader: PackageLoader | null): void {
  loadPackage = loader ?? ((name) => requireFromHere(name));
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error').trim();
}

function isMissingPackage(err: unknown, name: string): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') return false;
  // A missing native binding inside an installed package is also MODULE_NOT_FOUND, but names a file.
  return firstLine(err).includes(`'${name}'`);
}

/** Imports a native package; returns why it cannot be used, or null when its backend is registered. */
function importNative(id: NativeId): string | null {
  const name = NATIVE_PACKAGES[id];
  try {
    loadPackage(name);
  } catch (err) {
    if (isMissingPackage(err, name)) return `${name} is not installed (optional dependency failed to install)`;
    return `${name} failed to load: ${firstLine(err)}`;
  }
  if (tf.findBackendFactory(TFJS_BACKEND_NAME[id]) === null) {
    return `${name} loaded but its backend is not visible; every @tensorflow package must be the same version (${tf.version.tfjs})`;
  }
  return null;
}

/** Runs a tiny computation on the current backend; returns why it failed, or null. */
function smokeTest(): string | null {
  try {
    const values = tf.tidy(() => tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([1, 0, 0, 1], [2, 2])).add(1).dataSync());
    const expected = [2, 3, 4, 5];
    if (expected.some((v, i) => Math.abs(values[i] - v) > 1e-5)) return 'a test computation gave wrong results';
    return null;
  } catch (err) {
    return `a test computation failed: ${firstLine(err)}`;
  }
}

function usesGpu(): boolean {
  const backend = tf.backend() as { isUsingGpuDevice?: boolean };
  return backend.isUsingGpuDevice === true;
}

/** Makes `id` the active backend; returns why it cannot be, or null. */
async function activate(id: BackendId): Promise<string | null> {
  if (id === 'tfjs-node-gpu' || id === 'tfjs-node') {
    const problem = importNative(id);
    if (problem) return problem;
  }
  if (id === 'wasm') registerWasmTrainingKernels(tf);
  let ok: boolean;
  try {
    ok = await tf.setBackend(TFJS_BACKEND_NAME[id]);
  } catch (err) {
    return `it could not start: ${firstLine(err)}`;
  }
  if (!ok) return 'it failed to initialise';
  if (id === 'tfjs-node-gpu' && !usesGpu()) return 'no CUDA GPU is usable (TensorFlow fell back to the CPU)';
  return smokeTest();
}

/**
 * Picks and activates a backend. `auto` takes the first of the ladder that loads and works;
 * a forced choice that cannot be used throws BACKEND_UNAVAILABLE with the reason.
 */
export async function loadBackend(choice: BackendChoice): Promise<LoadedBackend> {
  const candidates: readonly BackendId[] = choice === 'auto' ? BACKEND_LADDER : [choice];
  const reasons: string[] = [];
  for (const id of candidates) {
    const problem = await activate(id);
    if (problem === null) return { id, tf };
    reasons.push(`${id}: ${problem}`);
    if (choice !== 'auto') {
      throw new StudioError('BACKEND_UNAVAILABLE', `The ${id} backend cannot be used: ${problem}`, { backend: id, reason: problem });
    }
  }
  throw new StudioError('BACKEND_UNAVAILABLE', `No training backend works here (${reasons.join('; ')})`, { backend: 'auto' });
}

/** Which backends this machine can use, with the reason for each one it cannot (for the UI). */
export async function probeBackends(): Promise<BackendAvailability[]> {
  const previous = tf.getBackend();
  const result: BackendAvailability[] = [];
  for (const id of BACKEND_LADDER) {
    const reason = await activate(id);
    result.push({ id, available: reason === null, reason });
  }
  if (previous) await tf.setBackend(previous);
  return result;
}
