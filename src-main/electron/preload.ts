// Sandboxed preload (built to out/preload/preload.cjs): the renderer's only door to main.
// It exposes `window.studio` and nothing else: never ipcRenderer, its events, or any Node API.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, isMethodName, type CallResult, type EventName } from '../../src-shared/contract';
import type { MenuCommand } from '../../src-shared/contract/studio-bridge';
import { ShellRequestSchema, type ShellRequest } from '../../src-shared/contract/shell';
import { EVENT_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL, SHELL_CHANNEL } from './ipc-channels';
import { isMenuCommand } from './menu-commands';

type Failure = CallResult<never>;

function failure(code: string, message: string, details?: Record<string, unknown>): Failure {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

function requireFunction(listener: unknown): asserts listener is (...args: never[]) => void {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
}

/** The object behind `window.studio` (typed for the renderer by StudioBridge in src-shared). */
const studioApi = {
  async invoke(method: unknown, input?: unknown): Promise<CallResult<unknown>> {
    if (!isMethodName(method)) {
      return failure('UNKNOWN_METHOD', `Unknown method "${String(method)}"`, { method: String(method) });
    }
    try {
      return (await ipcRenderer.invoke(INVOKE_CHANNEL, method, input)) as CallResult<unknown>;
    } catch (err) {
      // Only when main has no handler yet or the message could not be cloned.
      return failure('INTERNAL', err instanceof Error ? err.message : String(err), { method });
    }
  },

  on(event: unknown, listener: unknown): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}"`);
    requireFunction(listener);
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) (listener as (payload: unknown) => void)(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },

  onMenuCommand(listener: unknown): () => void {
    requireFunction(listener);
    const forward = (_ipcEvent: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) (listener as (command: MenuCommand) => void)(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },

  onShellRequest(listener: unknown): () => void {
    requireFunction(listener);
    const forward = (_ipcEvent: IpcRendererEvent, request: unknown) => {
      const parsed = ShellRequestSchema.safeParse(request);
      if (parsed.success) (listener as (request: ShellRequest) => void)(parsed.data);
    };
    ipcRenderer.on(SHELL_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(SHELL_CHANNEL, forward);
    };
  },

  /** The path of a dropped file or folder, '' for anything without one; main checks it before use. */
  pathForFile(file: unknown): string {
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('studio', studioApi);
