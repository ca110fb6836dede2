// Decisions for scripts/native-abi.mjs, kept free of I/O so they can be tested:
// which runtime, what a load failure means, and which commands make better-sqlite3 load.

import { dirname, join } from 'node:path';

export const RUNTIMES = ['node', 'electron'];
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** The runtime named on the command line, or an Error saying how to call the script. */
export function parseRuntime(arg) {
  if (RUNTIMES.includes(arg)) return arg;
  throw new Error(`usage: node scripts/native-abi.mjs <node|electron> (got ${arg === undefined ? 'nothing' : JSON.stringify(arg)})`);
}

/**
 * What a failure to load and open better-sqlite3 means:
 * - 'not-installed': the package itself is missing (npm install, not a rebuild, fixes it);
 * - 'abi-mismatch': the native file was built for another runtime or Node version;
 * - 'unloadable': the native file is missing, damaged or for another platform; a rebuild fixes it.
 */
export function classifyLoadFailure(message) {
  if (/Cannot find module ['"]better-sqlite3['"]/.test(message)) return 'not-installed';
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(message)) return 'abi-mismatch';
  return 'unloadable';
}

/** "145 vs 115" from Node's mismatch message, for a one-line explanation; null when absent. */
export function abiVersionsIn(message) {
  const m = /NODE_MODULE_VERSION (\d+)\.[^]*?requires\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return m ? { builtFor: Number(m[1]), required: Number(m[2]) } : null;
}

/**
 * What to do for `runtime`, given whether the check loaded the module.
 * Returns { action: 'none' } | { action: 'fail', message } | { action: 'rebuild', reason, steps }.
 * Steps are tried in order until one succeeds (each is followed by a fresh load check).
 */
export function planNativeAbi({ runtime, electronBinary, electronVersion, nodeVersion, load, arch }) {
  if (runtime === 'electron' && !electronBinary) {
    return {
      action: 'fail',
      message:
        `Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set or the download failed), so better-sqlite3 cannot be matched to it: ` +
        'install it with `node node_modules/electron/install.js` on a machine with network access, then run this again.',
    };
  }
  if (load.ok) return { action: 'none' };

  const kind = classifyLoadFailure(load.message);
  if (kind === 'not-installed') {
    return { action: 'fail', message: 'better-sqlite3 is not installed: run `npm install` first.' };
  }
  const versions = abiVersionsIn(load.message);
  const why =
    kind === 'abi-mismatch'
      ? `built for another runtime${versions ? ` (NODE_MODULE_VERSION ${versions.builtFor}, ${runtime} needs ${versions.required})` : ''}`
      : `does not load (${firstLine(load.message)})`;
  const reason = `better-sqlite3 ${why}; rebuilding it for ${runtime === 'electron' ? `Electron ${electronVersion}` : `Node ${nodeVersion}`}`;

  if (runtime === 'node') {
    return {
      action: 'rebuild',
      reason,
      // Runs better-sqlite3's own install script: a prebuilt download, else node-gyp from source.
      steps: [{ label: 'npm rebuild better-sqlite3', tool: 'npm', args: ['rebuild', 'better-sqlite3'], cwd: 'root', env: 'node' }],
    };
  }
  return {
    action: 'rebuild',
    reason,
    steps: [
      {
        label: `prebuild-install for Electron ${electronVersion}`,
        tool: 'prebuild-install',
        args: ['--runtime', 'electron', '--target', electronVersion, '--arch', arch],
        cwd: 'package',
        env: 'electron',
      },
      {
        label: `node-gyp with Electron ${electronVersion} headers`,
        tool: 'node-gyp',
        args: ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`],
        cwd: 'package',
        env: 'electron',
      },
    ],
  };
}

function firstLine(message) {
  return String(message).split('\n')[0].trim().slice(0, 200);
}

// npm settings that would point a build at the wrong headers or runtime. An npmrc `nodedir`
// (set on the build machines so Node builds work offline) would make an Electron build use
// Node's headers; a leftover `runtime=electron` would make a Node rebuild target Electron.
const TARGET_SETTINGS = ['nodedir', 'runtime', 'target', 'disturl', 'dist_url', 'arch', 'build_from_source'];

/** The environment for a build step, without npm settings that would pick another runtime's headers. */
export function buildEnv(baseEnv, target) {
  const env = { ...baseEnv };
  for (const key of Object.keys(env)) {
    if (!/^npm_config_/i.test(key)) continue;
    const name = key.slice('npm_config_'.length).toLowerCase().replace(/-/g, '_');
    if (name === 'nodedir' && target === 'node') continue;
    if (TARGET_SETTINGS.includes(name)) delete env[key];
  }
  return env;
}

/**
 * Where node-gyp may be, best first: the one npm tells its scripts about, one installed in the
 * project, then the copy bundled with npm beside this Node.
 */
export function nodeGypCandidates({ env, execPath, projectNodeGyp }) {
  const candidates = [];
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp);
  if (projectNodeGyp) candidates.push(projectNodeGyp);
  if (env.npm_execpath) candidates.push(join(dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const prefix = dirname(dirname(execPath));
  candidates.push(join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return [...new Set(candidates)];
}
