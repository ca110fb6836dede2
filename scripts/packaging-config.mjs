// electron-builder's configuration for `npm run dist`, built from the environment so signing,
// notarization and the update feed switch on only when their secrets or URL are present.
// Plain JavaScript (electron-builder loads it); types in packaging-config.d.mts.
import { afterPack } from './electron-fuses.mjs';

/** Native modules and their binaries live outside the asar (a .node file cannot be loaded from inside one). */
export const ASAR_UNPACK = [
  '**/node_modules/better-sqlite3/**',
  '**/node_modules/sharp/**',
  '**/node_modules/@img/**',
  // Optional native training backends; packed only when npm could install them.
  '**/node_modules/@tensorflow/tfjs-node/**',
  '**/node_modules/@tensorflow/tfjs-node-gpu/**',
  '**/node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm',
];

const present = (env, ...names) => names.every((n) => typeof env[n] === 'string' && env[n].trim() !== '');

/** macOS: sign when a certificate is given (CSC_LINK or CSC_NAME), otherwise build unsigned. */
export function macSigning(env) {
  const identity = present(env, 'CSC_LINK') || present(env, 'CSC_NAME');
  // electron-builder reads the Apple credentials itself; any one complete set turns notarization on.
  const notarize =
    identity &&
    (present(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
      present(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
      present(env, 'APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'));
  return identity ? { hardenedRuntime: true, notarize } : { identity: null, hardenedRuntime: false, notarize: false };
}

/** Windows: electron-builder signs with CSC_LINK/WIN_CSC_LINK + password when present; the publisher name is optional. */
export function windowsSigning(env) {
  const signed = present(env, 'WIN_CSC_LINK') || present(env, 'CSC_LINK');
  return signed && present(env, 'WIN_PUBLISHER_NAME') ? { signtoolOptions: { publisherName: env.WIN_PUBLISHER_NAME } } : {};
}

export function buildPackagingConfig(env = process.env) {
  const updateUrl = env.NEURONA_UPDATE_URL?.trim();
  return {
    appId: 'org.neurona.studio',
    productName: 'Neurona Studio',
    copyright: 'Neurona Studio contributors',
    artifactName: '${name}-${version}-${os}-${arch}.${ext}',
    directories: { output: 'dist', buildResources: 'resources' },
    // The built app (main, preload, worker, renderer); electron-builder adds the production
    // node_modules. Source maps, the benchmark, type declarations and better-sqlite3's C sources
    // (its compiled addon is what runs) stay out.
    files: [
      'out/**/*',
      'package.json',
      '!out/main/bench.js',
      '!**/*.map',
      '!**/node_modules/@types/**',
      '!**/node_modules/**/*.d.ts',
      '!**/node_modules/better-sqlite3/{deps,src}/**',
    ],
    extraResources: [{ from: 'resources/samples', to: 'samples' }],
    asar: true,
    asarUnpack: ASAR_UNPACK,
    // better-sqlite3 is rebuilt (or its prebuilt binary fetched) for Electron's ABI; sharp and the
    // tfjs-node packages use Node-API binaries that need no rebuild.
    npmRebuild: true,
    buildDependenciesFromSource: false,
    afterPack,
    // An update feed is written into the app only when the build is given one.
    publish: updateUrl ? [{ provider: 'generic', url: updateUrl }] : null,
    linux: {
      target: ['AppImage', 'deb'],
      icon: 'resources/icon.png',
      category: 'Education',
      executableName: 'neurona-studio',
      synopsis: 'Build, train and export neural networks, offline',
      description: 'A desktop studio to build neural networks by dragging layers, import data, train with live dashboards and export the model.',
      maintainer: env.NEURONA_MAINTAINER?.trim() || 'Neurona Studio contributors',
    },
    deb: { packageCategory: 'education' },
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'resources/icon.png',
      ...windowsSigning(env),
    },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Neurona Studio',
    },
    mac: {
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
      icon: 'resources/icon.png',
      category: 'public.app-category.education',
      ...macSigning(env),
      // Folders dropped on the Dock icon reach the app as `open-file` (a project folder opens).
      extendInfo: {
        CFBundleDocumentTypes: [{ CFBundleTypeName: 'Folder', CFBundleTypeRole: 'Viewer', LSHandlerRank: 'Alternate', LSItemContentTypes: ['public.folder'] }],
      },
    },
    dmg: { title: 'Neurona Studio ${version}' },
  };
}
