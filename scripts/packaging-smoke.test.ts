// `npm run dist` end to end, minus the download it cannot make here: electron-builder packs the
// built studio with this repository's configuration into an unpacked Linux app, around a
// synthetic Electron (a file carrying the fuse sentinel and wire instead of the real binary).
// What comes out: the asar with main, preload, worker and renderer; native modules unpacked
// beside it; the samples as resources; the fuses flipped in the packed binary.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackagingConfig } from './packaging-config.mjs';

const ROOT = resolve(__dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const scratch = mkdtempSync(join(tmpdir(), 'neurona-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakeElectronDist(): string {
  const dir = join(scratch, 'electron-dist');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = join(dir, 'electron');
  writeFileSync(binary, Buffer.concat([randomBytes(4096), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001', 'latin1'), randomBytes(1024)]));
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'version'), '41.7.1');
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  return dir;
}

const built = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html'));

describe.skipIf(process.platform !== 'linux')('npm run dist (unpacked Linux app around a synthetic Electron)', () => {
  it('packs the app, unpacks the native modules, adds the samples and flips the fuses', async () => {
    if (!built) throw new Error('run `npm run build` first (npm test does)');
    const { build, Platform } = require('electron-builder') as typeof import('electron-builder');
    const output = join(scratch, 'dist');
    const config = {
      ...buildPackagingConfig({}),
      // No network here: keep the installed better-sqlite3 build and use the synthetic Electron.
      npmRebuild: false,
      electronDist: fakeElectronDist(),
      directories: { output, buildResources: 'resources' },
    };
    await build({ projectDir: ROOT, targets: Platform.LINUX.createTarget('dir'), config: config as never, publish: 'never' });

    const appDir = join(output, 'linux-unpacked');
    const wire = await getCurrentFuseWire(join(appDir, 'neurona-studio'));
    expect(wire[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0));
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe('1'.charCodeAt(0));
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe('1'.charCodeAt(0));

    const asar = require('@electron/asar') as { listPackage(path: string, options?: object): string[] };
    const entries = new Set(asar.listPackage(join(appDir, 'resources', 'app.asar'), {}).map((p) => p.replaceAll('\\', '/')));
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/worker.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/node_modules/zod/package.json']) {
      expect(entries.has(file), file).toBe(true);
    }
    for (const file of ['/out/main/bench.js', '/node_modules/react/package.json', '/node_modules/electron/package.json', '/node_modules/vitest/package.json']) {
      expect(entries.has(file), file).toBe(false);
    }
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(existsSync(join(unpacked, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'sharp', 'package.json'))).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'samples', 'iris.csv'))).toBe(true);
  }, 240_000);
});
