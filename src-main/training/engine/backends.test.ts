import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadBackend, probeBackends, setPackageLoaderForTests, type PackageLoader } from './backends';

// The optional native packages cannot be installed on the build machines, so their failure modes
// are simulated through the package loader; wasm and cpu are real.

function missingModule(name: string): Error {
  return Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- /app/out/main/worker.js`), { code: 'MODULE_NOT_FOUND' });
}

const loaders: Record<string, PackageLoader> = {
  missing: (name) => {
    throw missingModule(name);
  },
  nativeBindingMissing: () => {
    throw Object.assign(new Error("Cannot find module '/app/node_modules/@tensorflow/tfjs-node/lib/napi-v8/tfjs_binding.node'"), { code: 'MODULE_NOT_FOUND' });
  },
  nativeLoadError: () => {
    throw new Error('libtensorflow.so.2: cannot open shared object file: No such file or directory');
  },
  throwsString: () => {
    throw 'install script did not run';
  },
  loadsWithoutBackend: () => ({}),
};

/** The cpu backend's class, to build a backend that starts but has no kernels under another name. */
let CpuBackend: new () => tf.KernelBackend;

beforeAll(async () => {
  await tf.setBackend('cpu');
  CpuBackend = tf.findBackend('cpu')!.constructor as new () => tf.KernelBackend;
});

afterEach(async () => {
  setPackageLoaderForTests(null);
  if (tf.findBackendFactory('tensorflow')) tf.removeBackend('tensorflow');
  await tf.setBackend('cpu');
});

describe('loadBackend', () => {
  it.each([
    { loader: 'missing', reason: '@tensorflow/tfjs-node is not installed (optional dependency failed to install)' },
    { loader: 'nativeBindingMissing', reason: "@tensorflow/tfjs-node failed to load: Cannot find module '/app/node_modules/@tensorflow/tfjs-node/lib/napi-v8/tfjs_binding.node'" },
    { loader: 'nativeLoadError', reason: '@tensorflow/tfjs-node failed to load: libtensorflow.so.2: cannot open shared object file: No such file or directory' },
    { loader: 'throwsString', reason: '@tensorflow/tfjs-node failed to load: install script did not run' },
    { loader: 'loadsWithoutBackend', reason: `@tensorflow/tfjs-node loaded but its backend is not visible; every @tensorflow package must be the same version (${tf.version.tfjs})` },
  ])('refuses a forced tfjs-node when the package $loader', async ({ loader, reason }) => {
    setPackageLoaderForTests(loaders[loader]);
    await expect(loadBackend('tfjs-node')).rejects.toMatchObject({
      code: 'BACKEND_UNAVAILABLE',
      message: `The tfjs-node backend cannot be used: ${reason}`,
      details: { backend: 'tfjs-node', reason },
    });
  });

  it('skips native backends that load but do not work', async () => {
    // A 'tensorflow' backend without kernels: it starts, but computes nothing and has no GPU.
    setPackageLoaderForTests(() => tf.registerBackend('tensorflow', () => new CpuBackend()));
    await expect(loadBackend('tfjs-node-gpu')).rejects.toMatchObject({
      message: 'The tfjs-node-gpu backend cannot be used: no CUDA GPU is usable (TensorFlow fell back to the CPU)',
    });
    await expect(loadBackend('tfjs-node')).rejects.toMatchObject({
      message: expect.stringMatching(/^The tfjs-node backend cannot be used: a test computation failed: Kernel '\w+' not registered for backend 'tensorflow'$/),
    });
    const picked = await loadBackend('auto');
    expect(picked.id).toBe('wasm');
  });

  it('auto falls down the ladder to wasm when the native packages are missing', async () => {
    setPackageLoaderForTests(loaders.missing);
    const { id, tf: loaded } = await loadBackend('auto');
    expect(id).toBe('wasm');
    expect(loaded.getBackend()).toBe('wasm');
    // The composed training kernels come with it.
    expect(loaded.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
  });

  it.each(['wasm', 'cpu'] as const)('activates a forced %s and computes on it', async (choice) => {
    const { id, tf: loaded } = await loadBackend(choice);
    expect(id).toBe(choice);
    expect(loaded.getBackend()).toBe(choice);
    expect(Array.from(loaded.tidy(() => loaded.add(loaded.tensor1d([1, 2]), 1).dataSync()))).toEqual([2, 3]);
  });

  it('auto picks a working backend with the real package loader', async () => {
    const { id } = await loadBackend('auto');
    expect(['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu']).toContain(id);
  });
});

describe('probeBackends', () => {
  it('lists every backend in ladder order with a reason for each unavailable one', async () => {
    setPackageLoaderForTests(loaders.missing);
    await tf.setBackend('cpu');
    const list = await probeBackends();
    expect(list).toEqual([
      { id: 'tfjs-node-gpu', available: false, reason: '@tensorflow/tfjs-node-gpu is not installed (optional dependency failed to install)' },
      { id: 'tfjs-node', available: false, reason: '@tensorflow/tfjs-node is not installed (optional dependency failed to install)' },
      { id: 'wasm', available: true, reason: null },
      { id: 'cpu', available: true, reason: null },
    ]);
    expect(tf.getBackend()).toBe('cpu');
  });
});
