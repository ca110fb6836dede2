import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../api/event-bus';
import { forwardStudioEvents, handleStudioInvoke, SENDER_REJECTED } from './studio-ipc';

type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, h: InvokeHandler) => void handlers.set(channel, h)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const router = { call: vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } })) };
  const off = handleStudioInvoke({ ipcMain: ipcMain as never, router, windowIds: () => new Set([3]), origins: ['app://neurona'] });
  const invoke = (event: unknown, method: unknown, input: unknown) => handlers.get('studio:invoke')!(event, method, input);
  return { handlers, router, off, invoke };
}

const MAIN = { frameTreeNodeId: 1 };
const appFrame = { url: 'app://neurona/index.html', parent: null, frameTreeNodeId: 1 };
const fromApp = { sender: { id: 3, mainFrame: MAIN }, senderFrame: appFrame };

describe('handleStudioInvoke', () => {
  it('passes calls from the app’s main frame to the router', async () => {
    const { invoke, router } = setup();
    await expect(invoke(fromApp, 'projects.list', {})).resolves.toEqual({ ok: true, value: { method: 'projects.list', input: {} } });
    expect(router.call).toHaveBeenCalledWith('projects.list', {});
  });

  it.each([
    ['another origin', { sender: { id: 3, mainFrame: MAIN }, senderFrame: { ...appFrame, url: 'https://evil.example/' } }],
    ['a subframe', { sender: { id: 3, mainFrame: MAIN }, senderFrame: { ...appFrame, parent: appFrame, frameTreeNodeId: 2 } }],
    ['no frame', { sender: { id: 3, mainFrame: MAIN }, senderFrame: null }],
    ['another webContents', { sender: { id: 4, mainFrame: MAIN }, senderFrame: appFrame }],
  ])('rejects %s with a CallResult error, without calling the router', async (_label, event) => {
    const { invoke, router } = setup();
    await expect(invoke(event, 'projects.list', {})).resolves.toMatchObject({ ok: false, error: { code: SENDER_REJECTED } });
    expect(router.call).not.toHaveBeenCalled();
  });

  it('unregisters its handler', () => {
    const { handlers, off } = setup();
    off();
    expect(handlers.has('studio:invoke')).toBe(false);
  });
});

describe('forwardStudioEvents', () => {
  it('sends each event to every live window and stops when unsubscribed', () => {
    const bus = new EventBus();
    const live = { isDestroyed: () => false, webContents: { send: vi.fn() } };
    const gone = { isDestroyed: () => true, webContents: { send: vi.fn() } };
    const off = forwardStudioEvents(bus, () => [live, gone]);
    const payload = { projectPath: '/p', source: 'mnist', done: 10, total: 100 };
    bus.emit('import.progress', payload);
    expect(live.webContents.send).toHaveBeenCalledWith('studio:event', 'import.progress', payload);
    expect(gone.webContents.send).not.toHaveBeenCalled();
    off();
    bus.emit('import.progress', payload);
    expect(live.webContents.send).toHaveBeenCalledTimes(1);
  });
});
