import { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void (exposed[key] = api)) },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
    webUtils: {
      getPathForFile: vi.fn((file: unknown) => {
        if (!(file instanceof Blob)) throw new TypeError('not a File');
        return (file as Blob & { fakePath?: string }).fakePath ?? '';
      }),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, webUtils: electron.webUtils }));

interface ExposedStudio {
  invoke(method: unknown, input?: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
  onMenuCommand(listener: unknown): () => void;
  onShellRequest(listener: unknown): () => void;
  pathForFile(file: unknown): string;
}

let studio: ExposedStudio;
// A stand-in for ipcRenderer's channel listeners, driven through the mocked on/removeListener.
const channels = new EventEmitter();

beforeAll(async () => {
  electron.ipcRenderer.on.mockImplementation((channel: string, l: (...a: unknown[]) => void) => channels.on(channel, l));
  electron.ipcRenderer.removeListener.mockImplementation((channel: string, l: (...a: unknown[]) => void) => channels.removeListener(channel, l));
  await import('./preload');
  studio = electron.exposed['studio'] as ExposedStudio;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('preload', () => {
  it('exposes only window.studio, with invoke, on, onMenuCommand, onShellRequest and pathForFile', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(electron.exposed)).toEqual(['studio']);
    expect(Object.keys(studio).sort()).toEqual(['invoke', 'on', 'onMenuCommand', 'onShellRequest', 'pathForFile']);
    expect(Object.values(studio).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(studio)).not.toContain(electron.ipcRenderer);
  });

  it.each(['no.such.method', 'constructor', '__proto__', 'toString', '', 42, null, undefined, { toString: () => 'app.info' }])(
    'refuses %s with UNKNOWN_METHOD without sending IPC',
    async (method) => {
      const result = (await studio.invoke(method, {})) as { ok: boolean; error: { code: string } };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('UNKNOWN_METHOD');
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('forwards a contract method and returns main’s CallResult', async () => {
    const answer = { ok: true, value: { recent: [], defaultDir: '/home/u/Documents' } };
    electron.ipcRenderer.invoke.mockResolvedValue(answer);
    await expect(studio.invoke('projects.list', {})).resolves.toEqual(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('studio:invoke', 'projects.list', {});
  });

  it('turns an IPC failure into a CallResult instead of rejecting', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'studio:invoke'"));
    await expect(studio.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('refuses unknown event names and non-function listeners', () => {
    expect(() => studio.on('run.exploded', () => {})).toThrow(/Unknown event/);
    expect(() => studio.on('__proto__', () => {})).toThrow(/Unknown event/);
    expect(() => studio.on('run.progress', 'not a function')).toThrow(TypeError);
    expect(channels.listenerCount('studio:event')).toBe(0);
  });

  it('delivers only the subscribed event, payload only, until unsubscribed', () => {
    const listener = vi.fn();
    const off = studio.on('run.epoch', listener);
    const payload = { projectPath: '/p', runId: 1, epoch: 2, metrics: { loss: 0.5 } };
    channels.emit('studio:event', { sender: 'ipcRenderer-event' }, 'run.progress', { runId: 1 });
    channels.emit('studio:event', { sender: 'ipcRenderer-event' }, 'run.epoch', payload);
    expect(listener.mock.calls).toEqual([[payload]]);
    off();
    channels.emit('studio:event', {}, 'run.epoch', payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(channels.listenerCount('studio:event')).toBe(0);
  });

  it('passes on known menu commands only', () => {
    const listener = vi.fn();
    const off = studio.onMenuCommand(listener);
    channels.emit('studio:menu', {}, 'project.open');
    channels.emit('studio:menu', {}, 'format.disk');
    expect(listener.mock.calls).toEqual([['project.open']]);
    off();
    expect(channels.listenerCount('studio:menu')).toBe(0);
  });

  it('passes on shell requests that parse, and nothing else', () => {
    const listener = vi.fn();
    const off = studio.onShellRequest(listener);
    channels.emit('studio:shell', {}, { kind: 'project', path: '/p/Iris.neurona' });
    channels.emit('studio:shell', {}, { kind: 'rm -rf', path: '/' });
    channels.emit('studio:shell', {}, 'project');
    channels.emit('studio:shell', {}, null);
    expect(listener.mock.calls).toEqual([[{ kind: 'project', path: '/p/Iris.neurona' }]]);
    off();
    channels.emit('studio:shell', {}, { kind: 'csv', path: '/d/a.csv' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => studio.onShellRequest('not a function')).toThrow(TypeError);
  });

  it('gives the path of a dropped File through webUtils, and "" for anything else', () => {
    const file = Object.assign(new Blob(['x']), { fakePath: '/home/ana/iris.csv' });
    expect(studio.pathForFile(file)).toBe('/home/ana/iris.csv');
    expect(studio.pathForFile('/etc/passwd')).toBe('');
    expect(studio.pathForFile({ path: '/etc/passwd' })).toBe('');
    expect(studio.pathForFile(null)).toBe('');
  });
});
