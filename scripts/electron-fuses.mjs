// Electron fuses, flipped in the packaged binary at package time (electron-builder's afterPack,
// before signing): the switches that would let anyone run the app's Electron as plain Node,
// inject code through NODE_OPTIONS or --inspect, or swap the app's code outside its checked asar.
// Plain JavaScript so electron-builder can load it; types in electron-fuses.d.mts.
import { join } from 'node:path';
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = fuses;
// How the wire stores a fuse: the characters '1' and '0' (@electron/fuses' FuseState).
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

/** What each fuse is set to. Everything not listed keeps Electron's default. */
export const NEURONA_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app serves itself over app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The @electron/fuses configuration for one packaged binary. */
export function fuseConfig({ platform, arch }) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature Apple Silicon needs to run anything; re-sign ad hoc
    // (a real identity, when configured, signs over it afterwards).
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    ...NEURONA_FUSES,
  };
}

/** Flips the fuses, reads the wire back and fails unless every fuse says what it was set to. */
export async function flipAndVerifyFuses(binaryPath, config) {
  await flipFuses(binaryPath, config);
  const wire = await getCurrentFuseWire(binaryPath);
  const wrong = Object.entries(NEURONA_FUSES)
    .filter(([index, enabled]) => wire[index] !== (enabled ? ENABLED : DISABLED))
    .map(([index]) => FuseV1Options[Number(index)]);
  if (wrong.length > 0) throw new Error(`fuses not set in ${binaryPath}: ${wrong.join(', ')}`);
  return wire;
}

// builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The Electron binary electron-builder just packed, as its own addElectronFuses finds it. */
export function packedBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/** electron-builder `afterPack` hook. */
export async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const binary = packedBinaryPath(context);
  await flipAndVerifyFuses(binary, fuseConfig({ platform: context.electronPlatformName, arch }));
  process.stdout.write(`  • fuses set in ${binary}\n`);
}
