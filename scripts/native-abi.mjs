#!/usr/bin/env node
// Makes better-sqlite3's native build match a runtime: `node scripts/native-abi.mjs node|electron`.
// Electron and Node need different builds; whichever ran last wins. This loads the module under
// the target runtime and rebuilds only when that fails, so the usual run is silent and quick.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBetterSqlite3 } from './load-check.mjs';
import { buildEnv, nodeGypCandidates, parseRuntime, planNativeAbi } from './native-abi-plan.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGE_DIR = join(ROOT, 'node_modules', 'better-sqlite3');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const requireFromPackage = createRequire(join(PACKAGE_DIR, 'package.json'));

function say(line) {
  process.stderr.write(`native-abi: ${line}\n`);
}

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** The Electron executable, as the electron package itself finds it, or null when it is not there. */
function electronBinary() {
  try {
    const path = requireFromRoot('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function resolveOrNull(request) {
  try {
    return requireFromPackage.resolve(request);
  } catch {
    return null;
  }
}

/** [executable, ...args] for a step's tool, or null when the tool cannot be found. */
function commandFor(step) {
  if (step.tool === 'npm') {
    const npmCli = process.env.npm_execpath;
    if (npmCli && /\.c?js$/.test(npmCli)) return [process.execPath, npmCli, ...step.args];
    return [process.platform === 'win32' ? 'npm.cmd' : 'npm', ...step.args];
  }
  if (step.tool === 'prebuild-install') {
    const bin = resolveOrNull('prebuild-install/bin.js');
    return bin ? [process.execPath, bin, ...step.args] : null;
  }
  const projectNodeGyp = resolveOrNull('node-gyp/bin/node-gyp.js');
  const nodeGyp = nodeGypCandidates({ env: process.env, execPath: process.execPath, projectNodeGyp }).find((p) => existsSync(p));
  return nodeGyp ? [process.execPath, nodeGyp, ...step.args] : null;
}

function runStep(step) {
  const command = commandFor(step);
  if (!command) {
    say(`${step.label}: tool not found, skipped`);
    return false;
  }
  const [exe, ...args] = command;
  const result = spawnSync(exe, args, {
    cwd: step.cwd === 'package' ? PACKAGE_DIR : ROOT,
    env: buildEnv(process.env, step.env),
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32' && exe.endsWith('.cmd'),
  });
  return result.status === 0;
}

function main() {
  let runtime;
  try {
    runtime = parseRuntime(process.argv[2]);
  } catch (err) {
    say(err.message);
    return 2;
  }

  const binary = runtime === 'electron' ? electronBinary() : process.execPath;
  const version = electronVersion();
  const check = () =>
    checkBetterSqlite3({ executable: binary, cwd: ROOT, asElectron: runtime === 'electron' });
  const plan = planNativeAbi({
    runtime,
    electronBinary: binary,
    electronVersion: version,
    nodeVersion: process.versions.node,
    load: binary ? check() : { ok: false, message: 'no runtime' },
    arch: process.arch,
  });

  if (plan.action === 'none') return 0;
  if (plan.action === 'fail') {
    say(plan.message);
    return 1;
  }

  say(`${plan.reason}…`);
  let last = null;
  for (const step of plan.steps) {
    say(`trying ${step.label}`);
    if (!runStep(step)) continue;
    last = check();
    if (last.ok) {
      say(`better-sqlite3 now loads under ${runtime}.`);
      return 0;
    }
  }
  say(`could not make better-sqlite3 load under ${runtime}${last ? `: ${last.message.split('\n')[0]}` : ''}`);
  return 1;
}

process.exitCode = main();
