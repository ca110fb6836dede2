// The shell's wiring, run against a fake `electron` and a fake studio: what happens before
// `ready`, the single-instance lock, what the window is made with and loads, that IPC goes
// through the sender check to the router, and the desktop conventions (paths from the command
// line, a second instance and macOS open-file; recent documents; window state; DevTools; About;
// the update check staying off).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const state = { lock: true, studioCloses: 0, packaged: false, switches: [] as string[], userData: '', updaterImported: false };
  return { calls, state };
});

function makeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: fake.state.packaged,
    commandLine: { hasSwitch: vi.fn((name: string) => fake.state.switches.includes(name)) },
    whenReady: vi.fn(async () => void fake.calls.push('ready')),
    requestSingleInstanceLock: vi.fn(() => fake.state.lock),
    getPath: vi.fn((name: string) => (name === 'userData' ? fake.state.userData : `/fake/${name}`)),
    getVersion: vi.fn(() => '9.9.9'),
    getLocale: vi.fn(() => 'es-ES'),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  let nextId = 1;
  class FakeWindow extends EventEmitter {
    static getFocusedWindow = vi.fn(() => null);
    readonly webContents = Object.assign(new EventEmitter(), { id: nextId++, send: vi.fn(), closeDevTools: vi.fn(), mainFrame: { frameTreeNodeId: 1 } });
    readonly loadURL = vi.fn(async () => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly isMaximized = vi.fn(() => false);
    readonly isDestroyed = vi.fn(() => false);
    readonly getNormalBounds = vi.fn(() => ({ x: 1, y: 2, width: 1000, height: 700 }));
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
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1 })), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn((ch: string, h: (...a: unknown[]) => unknown) => void handlers.set(ch, h)), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void fake.calls.push('registerSchemes')),
      handle: vi.fn(() => void fake.calls.push('protocol.handle')),
    },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
    utilityProcess: { fork: vi.fn() },
  };
}

let electron: ReturnType<typeof makeElectron>;
const recentList = [{ path: '/p/Iris.neurona', name: 'Iris', openedAt: '2025-01-01T00:00:00Z' }];
const studio = {
  router: { call: vi.fn(async (method: string) => ({ ok: true, value: method })), invoke: vi.fn() },
  events: { subscribe: vi.fn(() => () => {}) },
  context: {
    recent: { list: vi.fn(() => recentList), clear: vi.fn() },
    runs: { probeBackends: vi.fn(async () => ({ backends: [], auto: 'wasm' })) },
  },
  close: vi.fn(async () => void fake.state.studioCloses++),
};
const createStudio = vi.fn(async (..._args: unknown[]) => studio);

vi.mock('../api/studio', () => ({ createStudio: (...args: unknown[]) => createStudio(...args) }));

let scratch: string;
let project: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'neurona-shell-'));
  project = join(scratch, 'Iris.neurona');
  mkdirSync(project);
  writeFileSync(join(project, 'project.db'), '');
  writeFileSync(join(scratch, 'houses.csv'), 'a,b\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function startShell(lock: boolean, options: { packaged?: boolean; switches?: string[]; argv?: string[]; windowState?: unknown } = {}) {
  fake.calls.length = 0;
  fake.state.lock = lock;
  fake.state.packaged = options.packaged ?? false;
  fake.state.switches = options.switches ?? [];
  fake.state.userData = mkdtempSync(join(scratch, 'user-'));
  if (options.windowState) writeFileSync(join(fake.state.userData, 'window-state.json'), JSON.stringify(options.windowState));
  fake.state.updaterImported = false;
  electron = makeElectron();
  createStudio.mockClear();
  vi.resetModules();
  // A fresh fake per start: main.ts keeps module-level state (its windows, the lock).
  vi.doMock('electron', () => electron);
  vi.doMock('electron-updater', () => {
    fake.state.updaterImported = true;
    return { autoUpdater: {} };
  });
  const argv = process.argv;
  process.argv = options.argv ?? ['/usr/bin/electron', '.'];
  try {
    await import('./main');
    const expectWindow = lock && (options.switches ?? []).length === 0;
    await vi.waitFor(() => expect(expectWindow ? electron.windows.length : 1).toBe(1));
  } finally {
    process.argv = argv;
  }
}

function hostOf(): Record<string, unknown> {
  return createStudio.mock.calls[0]![0] as Record<string, unknown>;
}

function lastMenu(): { label?: string; submenu?: { label?: string; click?: () => void; submenu?: { label?: string; click?: () => void }[] }[] }[] {
  return electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as never;
}

describe('Electron shell wiring', () => {
  beforeEach(() => {
    delete process.env['ELECTRON_RENDERER_URL'];
    delete process.env['NEURONA_UPDATE_URL'];
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

  it('creates the studio for Electron with the user folders, the utility-process launcher, native dialogs and the desktop hooks', async () => {
    await startShell(true);
    const host = hostOf();
    expect(host).toMatchObject({ mode: 'electron', dataDir: fake.state.userData, defaultProjectsDir: '/fake/documents', appVersion: '9.9.9' });
    expect(host['launcher']).toEqual({ launch: expect.any(Function) });
    expect(host['dialogs']).toEqual({ pickDirectory: expect.any(Function), pickFile: expect.any(Function), pickSaveFile: expect.any(Function) });
    expect(host['desktop']).toEqual({ projectOpened: expect.any(Function), recentProjectsChanged: expect.any(Function) });
  });

  it('opens one secure window on app://neurona/index.html with the built preload', async () => {
    await startShell(true);
    const [win] = electron.windows;
    const prefs = win!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: true });
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

describe('desktop conventions', () => {
  beforeEach(() => {
    delete process.env['ELECTRON_RENDERER_URL'];
    delete process.env['NEURONA_UPDATE_URL'];
  });

  it('a project folder on the command line opens in the window once its page has loaded', async () => {
    await startShell(true, { packaged: true, argv: ['/opt/neurona-studio', project, '--some-switch'] });
    const [win] = electron.windows;
    expect(win!.webContents.send).not.toHaveBeenCalledWith('studio:shell', expect.anything());
    win!.webContents.emit('did-finish-load');
    expect(win!.webContents.send).toHaveBeenCalledWith('studio:shell', { kind: 'project', path: project });
  });

  it('a second instance hands over its paths (resolved against its own folder) and focuses the window', async () => {
    await startShell(true);
    const [win] = electron.windows;
    win!.webContents.emit('did-finish-load');
    electron.app.emit('second-instance', {}, ['/usr/bin/electron', '.', 'Iris.neurona', 'houses.csv', 'missing.csv'], scratch);
    expect(win!.focus).toHaveBeenCalled();
    const sent = win!.webContents.send.mock.calls.filter((c) => c[0] === 'studio:shell').map((c) => c[1]);
    expect(sent).toEqual([
      { kind: 'project', path: project },
      { kind: 'csv', path: join(scratch, 'houses.csv') },
    ]);
  });

  it('macOS open-file before ready is kept and sent when the page has loaded', async () => {
    await startShell(true);
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, project);
    expect(event.preventDefault).toHaveBeenCalled();
    const [win] = electron.windows;
    win!.webContents.emit('did-finish-load');
    expect(win!.webContents.send).toHaveBeenCalledWith('studio:shell', { kind: 'project', path: project });
  });

  it('opened projects go into the OS recent list; the File menu lists the recent projects and opens them', async () => {
    await startShell(true);
    const desktop = hostOf()['desktop'] as { projectOpened(p: string): void; recentProjectsChanged(): void };
    desktop.projectOpened('/p/Iris.neurona');
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith('/p/Iris.neurona');
    const menusBefore = electron.Menu.setApplicationMenu.mock.calls.length;
    desktop.recentProjectsChanged();
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(menusBefore + 1);
    const file = lastMenu()[0]!.submenu!;
    const recent = file.find((i) => i.label === 'Abrir reciente')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual(['Iris', undefined, 'Vaciar la lista']);
    const [win] = electron.windows;
    win!.webContents.emit('did-finish-load');
    recent[0]!.click!();
    expect(win!.webContents.send).toHaveBeenCalledWith('studio:shell', { kind: 'project', path: '/p/Iris.neurona' });
    recent[2]!.click!();
    expect(studio.context.recent.clear).toHaveBeenCalled();
    expect(electron.app.clearRecentDocuments).toHaveBeenCalled();
  });

  it('remembers the window: opens at the saved bounds, maximized again, and saves them on close', async () => {
    await startShell(true, { windowState: { x: 40, y: 30, width: 1100, height: 760, maximized: true } });
    const [win] = electron.windows;
    expect(win!.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 760 });
    win!.emit('ready-to-show');
    expect(win!.maximize).toHaveBeenCalled();
    win!.emit('close');
    expect(JSON.parse(readFileSync(join(fake.state.userData, 'window-state.json'), 'utf8'))).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
  });

  it('packaged: windows cannot open DevTools, and anything that opens them closes them', async () => {
    await startShell(true, { packaged: true, argv: ['/opt/neurona-studio'] });
    const [win] = electron.windows;
    expect((win!.options['webPreferences'] as Record<string, unknown>)['devTools']).toBe(false);
    win!.webContents.emit('devtools-opened');
    expect(win!.webContents.closeDevTools).toHaveBeenCalled();
    const view = lastMenu().find((m) => m.label === 'Ver')!.submenu!;
    expect(view.map((i) => i.label)).not.toContain('Herramientas de desarrollo');
  });

  it('packaged: refuses to start with a remote-debugging switch', async () => {
    await startShell(true, { packaged: true, switches: ['remote-debugging-port'] });
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(createStudio).not.toHaveBeenCalled();
  });

  it('About names the training backend in use', async () => {
    await startShell(true);
    const help = lastMenu().find((m) => m.label === 'Ayuda')!.submenu!;
    help.find((i) => i.label === 'Acerca de Neurona Studio')!.click!();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    const [options] = electron.dialog.showMessageBox.mock.calls.at(-1)! as unknown as [{ message: string; detail: string }];
    expect(options.message).toBe('Neurona Studio 9.9.9');
    expect(options.detail).toMatch(/^Backend de entrenamiento: wasm — WebAssembly/);
  });

  it('Help links open in the system browser only through the allow-list', async () => {
    await startShell(true);
    const help = lastMenu().find((m) => m.label === 'Ayuda')!.submenu!;
    help[0]!.click!();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.tensorflow.org/js/guide/save_load');
  });

  it('the update check stays off without NEURONA_UPDATE_URL: electron-updater is never loaded', async () => {
    await startShell(true, { packaged: true, argv: ['/opt/neurona-studio'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.updaterImported).toBe(false);
  });
});
