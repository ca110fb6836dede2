import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBetterSqlite3 } from './load-check.mjs';
import { abiVersionsIn, buildEnv, classifyLoadFailure, nodeGypCandidates, parseRuntime, planNativeAbi } from './native-abi-plan.mjs';

const ROOT = resolve(__dirname, '..');

// Node's own wording when a .node file was built for another ABI (here: Electron 41 under Node 20).
const MISMATCH =
  "The module '/repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
  'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 145. This version of Node.js requires\n' +
  'NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).';

const base = { electronBinary: '/opt/electron/electron', electronVersion: '41.7.1', nodeVersion: '20.19.0', arch: 'x64' };

describe('parseRuntime', () => {
  it('accepts node and electron only', () => {
    expect(parseRuntime('node')).toBe('node');
    expect(parseRuntime('electron')).toBe('electron');
    expect(() => parseRuntime(undefined)).toThrow(/usage/);
    expect(() => parseRuntime('deno')).toThrow(/usage/);
  });
});

describe('classifyLoadFailure', () => {
  it('tells a missing package, an ABI mismatch and a broken build apart', () => {
    expect(classifyLoadFailure("Cannot find module 'better-sqlite3'\nRequire stack: ...")).toBe('not-installed');
    expect(classifyLoadFailure(MISMATCH)).toBe('abi-mismatch');
    expect(classifyLoadFailure('/repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node: invalid ELF header')).toBe('unloadable');
    expect(classifyLoadFailure('Could not locate the bindings file. Tried: ...')).toBe('unloadable');
  });

  it('reads both ABI numbers from the mismatch message', () => {
    expect(abiVersionsIn(MISMATCH)).toEqual({ builtFor: 145, required: 115 });
    expect(abiVersionsIn('invalid ELF header')).toBeNull();
  });
});

describe('planNativeAbi', () => {
  it('does nothing when the module loads, for either runtime', () => {
    expect(planNativeAbi({ ...base, runtime: 'node', load: { ok: true } })).toEqual({ action: 'none' });
    expect(planNativeAbi({ ...base, runtime: 'electron', load: { ok: true } })).toEqual({ action: 'none' });
  });

  it('fails with one clear line when the Electron binary is missing', () => {
    const plan = planNativeAbi({ ...base, runtime: 'electron', electronBinary: null, load: { ok: true } });
    expect(plan.action).toBe('fail');
    if (plan.action !== 'fail') return;
    expect(plan.message).toMatch(/Electron's binary is not installed/);
    expect(plan.message).toContain('node node_modules/electron/install.js');
    expect(plan.message).not.toContain('\n');
  });

  it('rebuilds for Node with npm rebuild after a mismatch', () => {
    const plan = planNativeAbi({ ...base, runtime: 'node', load: { ok: false, message: MISMATCH } });
    expect(plan.action).toBe('rebuild');
    if (plan.action !== 'rebuild') return;
    expect(plan.reason).toContain('NODE_MODULE_VERSION 145, node needs 115');
    expect(plan.steps).toEqual([{ label: 'npm rebuild better-sqlite3', tool: 'npm', args: ['rebuild', 'better-sqlite3'], cwd: 'root', env: 'node' }]);
  });

  it('rebuilds for Electron with prebuild-install, then node-gyp against Electron headers', () => {
    const plan = planNativeAbi({ ...base, runtime: 'electron', load: { ok: false, message: MISMATCH } });
    expect(plan.action).toBe('rebuild');
    if (plan.action !== 'rebuild') return;
    expect(plan.reason).toContain('Electron 41.7.1');
    expect(plan.steps.map((s) => [s.tool, s.cwd, s.env])).toEqual([
      ['prebuild-install', 'package', 'electron'],
      ['node-gyp', 'package', 'electron'],
    ]);
    expect(plan.steps[0]!.args).toEqual(['--runtime', 'electron', '--target', '41.7.1', '--arch', 'x64']);
    expect(plan.steps[1]!.args).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=41.7.1', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it('rebuilds a damaged build too, but not a package that is not installed', () => {
    expect(planNativeAbi({ ...base, runtime: 'node', load: { ok: false, message: 'invalid ELF header' } }).action).toBe('rebuild');
    const missing = planNativeAbi({ ...base, runtime: 'node', load: { ok: false, message: "Cannot find module 'better-sqlite3'" } });
    expect(missing).toEqual({ action: 'fail', message: expect.stringContaining('npm install') });
  });
});

describe('buildEnv', () => {
  const env = {
    PATH: '/usr/bin',
    npm_config_nodedir: '/usr',
    npm_config_runtime: 'electron',
    npm_config_target: '41.7.1',
    npm_config_disturl: 'https://electronjs.org/headers',
    'npm_config_dist-url': 'https://electronjs.org/headers',
    npm_config_cache: '/home/u/.npm',
  };

  it('drops nodedir for Electron, so node-gyp cannot pick Node’s headers', () => {
    const out = buildEnv(env, 'electron');
    expect(out).not.toHaveProperty('npm_config_nodedir');
    expect(out).not.toHaveProperty('npm_config_runtime');
    expect(out).toMatchObject({ PATH: '/usr/bin', npm_config_cache: '/home/u/.npm' });
  });

  it('keeps nodedir for Node but drops a leftover Electron target', () => {
    const out = buildEnv(env, 'node');
    expect(out['npm_config_nodedir']).toBe('/usr');
    expect(out).not.toHaveProperty('npm_config_runtime');
    expect(out).not.toHaveProperty('npm_config_target');
    expect(out).not.toHaveProperty('npm_config_disturl');
    expect(out).not.toHaveProperty('npm_config_dist-url');
  });
});

describe('nodeGypCandidates', () => {
  it('prefers npm’s own node-gyp, then the project’s, then npm’s bundled copy', () => {
    const list = nodeGypCandidates({
      env: { npm_config_node_gyp: '/npm/node-gyp.js', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' },
      execPath: '/usr/bin/node',
      projectNodeGyp: '/repo/node_modules/node-gyp/bin/node-gyp.js',
    });
    expect(list.slice(0, 3)).toEqual([
      '/npm/node-gyp.js',
      '/repo/node_modules/node-gyp/bin/node-gyp.js',
      join('/usr/lib/node_modules/npm/bin', '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ]);
    expect(list).toContain(join('/usr', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  });
});

describe('checkBetterSqlite3 (real loads)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'neurona-native-abi-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('loads the project’s build under this Node', () => {
    expect(checkBetterSqlite3({ executable: process.execPath, cwd: ROOT })).toEqual({ ok: true });
  });

  it('reports a build that cannot load, and the plan rebuilds it', () => {
    // A copy of the package whose native file is not a shared library at all.
    const pkg = join(temp, 'node_modules', 'better-sqlite3');
    mkdirSync(join(pkg, 'build', 'Release'), { recursive: true });
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3', 'lib'), join(pkg, 'lib'), { recursive: true });
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), join(pkg, 'package.json'));
    writeFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'not a shared library');
    symlinkSync(join(ROOT, 'node_modules', 'bindings'), join(temp, 'node_modules', 'bindings'), 'junction');

    const load = checkBetterSqlite3({ executable: process.execPath, cwd: temp });
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.message).toContain('better_sqlite3.node');
    expect(classifyLoadFailure(load.message)).toBe('unloadable');
    expect(planNativeAbi({ ...base, runtime: 'node', load }).action).toBe('rebuild');
  });

  it('reports a missing package as not installed', () => {
    // Not under `temp`: require() would walk up into the broken copy there.
    const empty = mkdtempSync(join(tmpdir(), 'neurona-native-abi-empty-'));
    const load = checkBetterSqlite3({ executable: process.execPath, cwd: empty });
    expect(load.ok).toBe(false);
    rmSync(empty, { recursive: true, force: true });
    if (!load.ok) expect(classifyLoadFailure(load.message)).toBe('not-installed');
  });
});

describe('native-abi.mjs', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'native-abi.mjs'), ...args], { cwd: ROOT, env, encoding: 'utf8' });

  it('does nothing, silently, when the Node build already loads', () => {
    const result = run(['node']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
  });

  it('says in one line that Electron is missing and exits non-zero', () => {
    const result = run(['electron'], { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Electron's binary is not installed/);
  });

  it('refuses an unknown runtime', () => {
    expect(run(['bun']).status).toBe(2);
  });
});
