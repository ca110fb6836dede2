// The shell's wiring, run against a fake `electron` and a fake studio: what happens before
// `ready`, the single-instance lock, what the window is made with and loads, and that IPC goes
// through the sender check to the router.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const state = { lock: true, studioCloses: 0 };
  return { calls, state };
});

function makeElectron() {
  const app = Object.assign(new EventEmitter(), {
    whenReady: vi.fn(async () => void fake.calls.push('ready')),
    requestSingleInstanceLock: vi.fn(() => fake.state.lock),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getVersion: vi.fn(() => '9.9.9'),
    getLocale: vi.fn(() => 'es-ES'),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  let nextId = 1;
  class FakeWindow extends EventEmitter {
    static getFocusedWindow = vi.fn(() => null);
    readonly webContents = { id: nextId++, send: vi.fn(), mainFrame: { frameTreeNodeId: 1 } };
    readonly loadURL = vi.fn(async () => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly isDestroyed = vi.fn(() => false);
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    app,
    windows,
    handlers,
    BrowserWindow: FakeWindow,
    dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({})), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn((ch: string, h: (...a: unknown[]) => unknown) => void handlers.set(ch, h)), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void fake.calls.push('registerSchemes')),
      handle: vi.fn(() => void fake.calls.push('protocol.handle')),
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
    utilityProcess: { fork: vi.fn() },
  };
}

let electron: ReturnType<typeof makeElectron>;
const studio = {
  router: { call: vi.fn(async (method: string) => ({ ok: true, value: method })), invoke: vi.fn() },
  events: { subscribe: vi.fn(() => () => {}) },
  close: vi.fn(async () => void fake.state.studioCloses++),
};
const createStudio = vi.fn(async (..._args: unknown[]) => studio);

vi.mock('../api/studio', () => ({ createStudio: (...args: unknown[]) => createStudio(...args) }));

async function startShell(lock: boolean) {
  fake.calls.length = 0;
  fake.state.lock = lock;
  electron = makeElectron();
  createStudio.mockClear();
  vi.resetModules();
  // A fresh fake per start: main.ts keeps module-level state (its windows, the lock).
  vi.doMock('electron', () => electron);
  await import('./main');
  await vi.waitFor(() => expect(lock ? electron.windows.length : 1).toBe(1));
}

describe('Electron shell wiring', () => {
  beforeEach(() => {
    delete process.env['ELECTRON_RENDERER_URL'];
  });

  it('quits at once when another instance holds the lock', async () => {
    await startShell(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(createStudio).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('registers app:// as privileged before ready and serves it after', async () => {
    await startShell(true);
    expect(fake.calls.indexOf('registerSchemes')).toBeLessThan(fake.calls.indexOf('ready'));
    expect(fake.calls.indexOf('ready')).toBeLessThan(fake.calls.indexOf('protocol.handle'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('creates the studio for Electron with the user folders, the utility-process launcher and native dialogs', async () => {
    await startShell(true);
    const [host] = createStudio.mock.calls[0]! as [Record<string, unknown>];
    expect(host).toMatchObject({ mode: 'electron', dataDir: '/fake/userData', defaultProjectsDir: '/fake/documents', appVersion: '9.9.9' });
    expect(host['launcher']).toEqual({ launch: expect.any(Function) });
    expect(host['dialogs']).toEqual({ pickDirectory: expect.any(Function), pickFile: expect.any(Function) });
  });

  it('opens one secure window on app://neurona/index.html with the built preload', async () => {
    await startShell(true);
    const [win] = electron.windows;
    const prefs = win!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs['preload']).replaceAll('\\', '/')).toMatch(/\/preload\/preload\.cjs$/);
    expect(win!.loadURL).toHaveBeenCalledWith('app://neurona/index.html');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('routes IPC from the window to the router and refuses other senders', async () => {
    await startShell(true);
    const [win] = electron.windows;
    const invoke = electron.handlers.get('studio:invoke')!;
    const frame = { url: 'app://neurona/index.html', parent: null, frameTreeNodeId: 1 };
    await expect(invoke({ sender: win!.webContents, senderFrame: frame }, 'app.info', {})).resolves.toEqual({ ok: true, value: 'app.info' });
    await expect(invoke({ sender: { id: 999, mainFrame: { frameTreeNodeId: 1 } }, senderFrame: frame }, 'app.info', {})).resolves.toMatchObject({ ok: false });
    expect(studio.router.call).toHaveBeenCalledTimes(1);
  });

  it('guards every webContents it creates', async () => {
    await startShell(true);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('closes the studio before the app exits', async () => {
    await startShell(true);
    const closesBefore = fake.state.studioCloses;
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(fake.state.studioCloses).toBe(closesBefore + 1);
  });

  it('loads the dev server in dev', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    await startShell(true);
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });
});
