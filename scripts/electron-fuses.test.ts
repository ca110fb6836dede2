// The fuse step of `npm run dist`, run on synthetic "Electron binaries": random bytes around
// Electron's fuse sentinel and wire, laid out as in a real binary. The wire is read back with
// @electron/fuses' getCurrentFuseWire.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// The sentinel Electron binaries carry before their fuse wire, from @electron/fuses itself.
import { SENTINEL } from '@electron/fuses/dist/constants';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPack, flipAndVerifyFuses, fuseConfig, packedBinaryPath, type PackContext } from './electron-fuses.mjs';

const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, asar-only off, v8 snapshot off, file:// privileges on. */
const ELECTRON_DEFAULTS = '10110001';

/** Random bytes, the sentinel, wire version 1, the wire length, the fuses as '0'/'1', random bytes; twice for a universal binary. */
function syntheticBinary(wire = ELECTRON_DEFAULTS, copies = 1): Buffer {
  const part = () => Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire, 'latin1'), randomBytes(512)]);
  return Buffer.concat([randomBytes(2048), ...Array.from({ length: copies }, part)]);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-fuses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, bytes: Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

const EXPECTED: [FuseV1Options, number][] = [
  [FuseV1Options.RunAsNode, OFF],
  [FuseV1Options.EnableCookieEncryption, ON],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, OFF],
  [FuseV1Options.EnableNodeCliInspectArguments, OFF],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, ON],
  [FuseV1Options.OnlyLoadAppFromAsar, ON],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, OFF],
];

describe('Electron fuses at package time', () => {
  it('sets RunAsNode, NODE_OPTIONS and --inspect off, cookie encryption, asar-only and asar integrity on; reads them back', async () => {
    const binary = write(join(dir, 'electron'), syntheticBinary());
    const before = await getCurrentFuseWire(binary);
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);
    await flipAndVerifyFuses(binary, fuseConfig({ platform: 'linux', arch: 'x64' }));
    const wire = await getCurrentFuseWire(binary);
    for (const [fuse, state] of EXPECTED) expect(wire[fuse], FuseV1Options[fuse]).toBe(state);
    // The fuse nobody set keeps Electron's value.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
  });

  it('changes nothing but the wire', async () => {
    const original = syntheticBinary();
    const binary = write(join(dir, 'electron'), original);
    await flipAndVerifyFuses(binary, fuseConfig({ platform: 'linux', arch: 'x64' }));
    const after = readFileSync(binary);
    const wireStart = original.indexOf(SENTINEL) + SENTINEL.length + 2;
    const differing = [...after.keys()].filter((i) => after[i] !== original[i]);
    expect(differing.every((i) => i >= wireStart && i < wireStart + ELECTRON_DEFAULTS.length)).toBe(true);
    expect(after.length).toBe(original.length);
  });

  it('leaves fuses newer than @electron/fuses knows alone (a longer wire in a later Electron)', async () => {
    const binary = write(join(dir, 'electron'), syntheticBinary(`${ELECTRON_DEFAULTS}11`));
    await flipAndVerifyFuses(binary, fuseConfig({ platform: 'linux', arch: 'x64' }));
    const wire = await getCurrentFuseWire(binary);
    expect([wire[8 as FuseV1Options], wire[9 as FuseV1Options]]).toEqual([ON, ON]);
  });

  it('flips both slices of a universal macOS binary', async () => {
    const binary = write(join(dir, 'electron'), syntheticBinary(ELECTRON_DEFAULTS, 2));
    await flipAndVerifyFuses(binary, fuseConfig({ platform: 'linux', arch: 'x64' }));
    const bytes = readFileSync(binary);
    const second = bytes.lastIndexOf(SENTINEL) + SENTINEL.length + 2;
    expect(bytes.subarray(second, second + 8).toString('latin1')).toBe('01001100');
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const binary = write(join(dir, 'electron'), randomBytes(4096));
    await expect(flipAndVerifyFuses(binary, fuseConfig({ platform: 'linux', arch: 'x64' }))).rejects.toThrow(/sentinel/);
  });

  it('re-signs ad hoc on Apple Silicon only', () => {
    expect(fuseConfig({ platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig({ platform: 'darwin', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig({ platform: 'win32', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false);
  });

  const packager = { appInfo: { productFilename: 'Neurona Studio' }, executableName: 'neurona-studio' };
  it.each([
    ['linux', 'neurona-studio', 'neurona-studio'],
    ['win32', 'Neurona Studio.exe', 'Neurona Studio.exe'],
    ['darwin', 'Neurona Studio.app', 'Neurona Studio.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('the afterPack hook finds and fuses the %s binary', async (platform, appPath, fuseFile) => {
    const context: PackContext = { appOutDir: dir, electronPlatformName: platform, arch: 1, packager };
    expect(packedBinaryPath(context)).toBe(join(dir, appPath));
    write(join(dir, fuseFile), syntheticBinary());
    await afterPack(context);
    const wire = await getCurrentFuseWire(join(dir, appPath));
    for (const [fuse, state] of EXPECTED) expect(wire[fuse]).toBe(state);
  });
});
