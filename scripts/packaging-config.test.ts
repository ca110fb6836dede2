// `npm run dist` cannot run here (no Electron binary), so its configuration is checked the way
// electron-builder checks it before packaging: against app-builder-lib's own scheme.json, with
// its own validator. Then what the configuration promises: the targets, the icon, the bundled
// entries, native modules outside the asar, signing only from the environment.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildPackagingConfig, macSigning } from './packaging-config.mjs';
import { afterPack } from './electron-fuses.mjs';

const ROOT = resolve(__dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => {} };

const SIGNED_ENV = {
  CSC_LINK: 'file:///secrets/cert.p12',
  CSC_KEY_PASSWORD: 'x',
  APPLE_API_KEY: '/secrets/key.p8',
  APPLE_API_KEY_ID: 'ABC',
  APPLE_API_ISSUER: 'issuer',
  WIN_PUBLISHER_NAME: 'Neurona Studio contributors',
  NEURONA_UPDATE_URL: 'https://updates.example.org/neurona/',
};

describe('electron-builder configuration', () => {
  it.each([
    ['unsigned (no environment)', {}],
    ['signed, notarized, with an update feed', SIGNED_ENV],
  ])('passes electron-builder’s own schema: %s', async (_name, env) => {
    await expect(validateConfiguration(buildPackagingConfig(env), quietLogger)).resolves.toBeUndefined();
  });

  it('the schema check can fail (a misspelled option is refused)', async () => {
    const config = buildPackagingConfig({});
    await expect(validateConfiguration({ ...config, mac: { ...config.mac, notarise: true } }, quietLogger)).rejects.toThrow(/notarise/);
    await expect(validateConfiguration({ ...config, nsis: { oneClik: false } }, quietLogger)).rejects.toThrow(/oneClik/);
    await expect(validateConfiguration({ ...config, fuses: {} }, quietLogger)).rejects.toThrow(/unknown property 'fuses'/);
  });

  it('is what electron-builder.config.js hands electron-builder', async () => {
    const { default: fromFile } = (await import('../electron-builder.config.js')) as { default: Record<string, unknown> };
    expect(Object.keys(fromFile)).toEqual(Object.keys(buildPackagingConfig(process.env)));
    expect(fromFile['afterPack']).toBe(afterPack);
  });

  it('builds AppImage and deb, an NSIS installer, and dmg for x64 and arm64', () => {
    const config = buildPackagingConfig({});
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config['directories']).toEqual({ output: 'dist', buildResources: 'resources' });
  });

  it('uses the icon from resources/, square and large enough for every platform', async () => {
    const config = buildPackagingConfig({});
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(icon).toBe('resources/icon.png');
      const meta = await sharp(join(ROOT, icon)).metadata();
      expect(meta.width).toBe(meta.height);
      expect(meta.width).toBeGreaterThanOrEqual(512);
    }
  });

  it('packs the built main, preload, worker and renderer, and the samples as resources', () => {
    const config = buildPackagingConfig({});
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!out/main/bench.js', '!**/*.map']));
    expect(config['extraResources']).toEqual([{ from: 'resources/samples', to: 'samples' }]);
    expect(existsSync(join(ROOT, 'resources/samples/iris.csv'))).toBe(true);
    const pkg = require('./package.json') as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('keeps the native modules (better-sqlite3, sharp, optional tfjs-node) outside the asar and rebuilds for Electron', () => {
    const config = buildPackagingConfig({});
    expect(config['asar']).toBe(true);
    expect(config['npmRebuild']).toBe(true);
    for (const module of ['better-sqlite3', 'sharp', '@img', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu']) {
      expect(config.asarUnpack).toContain(`**/node_modules/${module}/**`);
    }
  });

  it('signs and notarizes only when the environment has the credentials; unsigned builds work', () => {
    expect(macSigning({})).toEqual({ identity: null, hardenedRuntime: false, notarize: false });
    expect(macSigning({ CSC_NAME: 'Developer ID Application: X' })).toEqual({ hardenedRuntime: true, notarize: false });
    expect(macSigning(SIGNED_ENV)).toEqual({ hardenedRuntime: true, notarize: true });
    expect(macSigning({ CSC_LINK: 'x', APPLE_ID: 'a@b', APPLE_APP_SPECIFIC_PASSWORD: 'p' })).toMatchObject({ notarize: false });
    expect(buildPackagingConfig({}).win).not.toHaveProperty('signtoolOptions');
    expect(buildPackagingConfig(SIGNED_ENV).win).toMatchObject({ signtoolOptions: { publisherName: 'Neurona Studio contributors' } });
  });

  it('writes an update feed only when NEURONA_UPDATE_URL is set at build time', () => {
    expect(buildPackagingConfig({}).publish).toBeNull();
    expect(buildPackagingConfig(SIGNED_ENV).publish).toEqual([{ provider: 'generic', url: 'https://updates.example.org/neurona/' }]);
  });

  it('flips the fuses after packing', () => {
    expect(buildPackagingConfig({}).afterPack).toBe(afterPack);
  });
});
