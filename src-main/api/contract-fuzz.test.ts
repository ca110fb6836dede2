// Every method of the contract, fed malformed inputs over both transports' code paths: the
// Electron IPC handler (with the values structured clone carries: NaN, Infinity) and the
// browser-mode HTTP server (with what a hostile client can write in JSON). Methods come from the
// contract itself, so ones added later are fuzzed too. Each answer must be a typed
// `{ code, message }` (or a success the output schema accepts), never INTERNAL, a stack or a
// path of ours; nothing may be written outside the sandbox, no prototype polluted, and both
// transports must still answer afterwards.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type CallResult } from '../../src-shared/contract';
import { methods } from '../../src-shared/contract';
import { ERROR_CODES } from '../../src-shared/errors';
import { createStudio, type Studio } from './studio';
import { createForkLauncher } from '../training/worker/launcher';
import { BUILT_WORKER, REPO_ROOT, requireBuild } from '../testing/built-app';
import { fuzzCases, hostileJson, malformedValues, type FuzzSandbox } from '../testing/fuzz-inputs';
import { startServer, type RunningServer } from '../server/http-server';
import { handleStudioInvoke } from '../electron/studio-ipc';

const TOKEN = 'fuzz-token-0123456789abcdef';
const CALL_TIMEOUT_MS = 30_000;
const KNOWN_CODES = new Set<string>(ERROR_CODES);

let box: FuzzSandbox;
let studio: Studio;
let server: RunningServer;
let ipcInvoke: (method: unknown, input: unknown) => Promise<CallResult<unknown>>;
let projectParent: string;
const cwdBefore = readdirSync(process.cwd()).sort();

beforeAll(async () => {
  requireBuild();
  const root = mkdtempSync(join(tmpdir(), 'neurona-fuzz-'));
  const dataDir = join(root, 'data');
  box = {
    root,
    projectPath: '',
    folder: join(root, 'data', 'folder'),
    missingFile: join(root, 'data', 'missing.csv'),
    escapeName: `neurona-fuzz-escape-${process.pid}-${Date.now().toString(36)}`,
  };
  mkdirSync(box.folder, { recursive: true });
  studio = await createStudio(
    { mode: 'browser', dataDir, defaultProjectsDir: dataDir, launcher: createForkLauncher(BUILT_WORKER), appVersion: 'fuzz' },
    { validateOutput: true },
  );
  projectParent = dataDir;
  await ensureFixtureProject();

  const renderer = join(root, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Neurona</title>');
  server = await startServer({ router: studio.router, events: studio.events, rendererDir: renderer, token: TOKEN });

  const handlers = new Map<string, (...args: unknown[]) => Promise<CallResult<unknown>>>();
  handleStudioInvoke({
    ipcMain: { handle: (channel: string, fn: never) => void handlers.set(channel, fn), removeHandler: () => {} } as never,
    router: studio.router,
    windowIds: () => new Set([7]),
    origins: ['app://neurona'],
  });
  const trusted = { sender: { id: 7, mainFrame: { frameTreeNodeId: 1 } }, senderFrame: { url: 'app://neurona/index.html', parent: null, frameTreeNodeId: 1 } };
  // What crosses the IPC boundary is a structured clone of what the page sent.
  ipcInvoke = (method, input) => handlers.get('studio:invoke')!(trusted, method, input === undefined ? undefined : structuredClone(input));
}, 120_000);

afterAll(async () => {
  await server?.close();
  await studio?.close();
  rmSync(box.root, { recursive: true, force: true });
});

/**
 * A project with a dataset and a model, so ids 1 exist and calls get past "not found". A fuzz
 * case may legitimately rename or delete it (a valid name is valid); the next method gets it back.
 */
async function ensureFixtureProject(): Promise<void> {
  const path = join(projectParent, 'Fuzz.neurona');
  box.projectPath = path;
  if (existsSync(join(path, 'project.db'))) return;
  rmSync(path, { recursive: true, force: true });
  studio.context.projects.close(path);
  const project = await studio.router.invoke('projects.create', { name: 'Fuzz', parentDir: projectParent });
  const dataset = await studio.router.invoke('datasets.addSample', { projectPath: project.path, sample: 'iris' });
  await studio.router.invoke('models.createDefault', { projectPath: project.path, datasetId: dataset.id });
}

async function httpCall(method: string, body: string): Promise<{ status: number; result: CallResult<unknown> }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body,
  });
  return { status: res.status, result: (await res.json()) as CallResult<unknown> };
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_r, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS).unref())]);
}

/** What is wrong with an answer, or null when it is a proper typed answer. */
function problemWith(result: CallResult<unknown>): string | null {
  if (result === null || typeof result !== 'object') return `not a CallResult: ${String(result)}`;
  if (result.ok === true) return null;
  if (result.ok !== false || !result.error) return 'neither ok nor error';
  const { code, message } = result.error;
  if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return `unknown code ${String(code)}`;
  if (code === 'INTERNAL') return `INTERNAL: ${message.slice(0, 300)}`;
  if (typeof message !== 'string' || message === '') return 'no message';
  if (/\n\s+at /.test(message)) return 'a stack trace in the message';
  if (message.includes(REPO_ROOT) || message.includes('node_modules')) return `a path of ours in the message: ${message.slice(0, 300)}`;
  return null;
}

describe('contract fuzz', () => {
  it('covers every method of the contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(30);
    for (const name of METHOD_NAMES) expect(fuzzCases(methods[name].input, box).length, name).toBeGreaterThan(malformedValues(box).length);
  });

  for (const method of METHOD_NAMES) {
    it(`${method}: every malformed input gets a typed answer over IPC and HTTP`, async () => {
      await ensureFixtureProject();
      const problems: string[] = [];
      for (const c of fuzzCases(methods[method].input, box)) {
        const viaIpc = await withTimeout(ipcInvoke(method, c.input), `${method} over IPC with ${c.label}`);
        const ipcProblem = problemWith(viaIpc);
        if (ipcProblem) problems.push(`IPC, ${c.label}: ${ipcProblem}`);
        const viaHttp = await withTimeout(httpCall(method, hostileJson(c.input)), `${method} over HTTP with ${c.label}`);
        const httpProblem = problemWith(viaHttp.result);
        if (httpProblem) problems.push(`HTTP ${viaHttp.status}, ${c.label}: ${httpProblem}`);
        else if (viaHttp.status !== 200) problems.push(`HTTP ${viaHttp.status} for a router answer, ${c.label}`);
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('every method refuses a 100,000-deep JSON body over HTTP with a typed error', async () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const method of METHOD_NAMES) {
      const { result } = await httpCall(method, deep);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason: 'too_deep' } } });
    }
  });

  it('names that are not methods are refused by both transports', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'projects', 'projects.', '', 'x'.repeat(10_000), '../app.info']) {
      expect((await ipcInvoke(name, {})).ok ? 'ok' : 'refused', name).toBe('refused');
      const viaHttp = await httpCall(name, '{}');
      expect(viaHttp.result, name).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(UNKNOWN_METHOD|INVALID_INPUT)$/) } });
    }
    expect((await ipcInvoke(42, {})).ok).toBe(false);
    expect((await ipcInvoke(null, {})).ok).toBe(false);
  });

  it('polluted no prototype', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });

  it('wrote nothing outside the sandbox', () => {
    const escapes = [
      resolve(process.cwd(), `../../../../../${box.escapeName}`),
      resolve(dirname(box.root), box.escapeName),
      join(tmpdir(), box.escapeName),
      resolve(process.cwd(), box.escapeName),
    ];
    for (const path of escapes) expect(existsSync(path), path).toBe(false);
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
    expect(readdirSync(dirname(box.root)).filter((n) => n.includes(box.escapeName))).toEqual([]);
    expect(readdirSync(box.root).sort()).toEqual(['data', 'renderer']);
  });

  it('both transports still answer', async () => {
    expect(await ipcInvoke('app.info', {})).toMatchObject({ ok: true, value: { version: 'fuzz' } });
    expect((await httpCall('app.info', '{}')).result).toMatchObject({ ok: true, value: { version: 'fuzz' } });
    expect((await httpCall('projects.list', '{}')).result).toMatchObject({ ok: true });
  });
});
