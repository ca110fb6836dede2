import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CallResult } from '../../src-shared/contract';
import type { EventBus } from '../api/event-bus';
import type { Router } from '../api/router';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { isTrustedSender } from './ipc-guard';

/** The error code for a call from a frame that is not the app's own main frame. */
export const SENDER_REJECTED = 'SENDER_REJECTED';

export interface StudioIpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  router: Pick<Router, 'call'>;
  /** Ids of the webContents of the windows the shell created (read at call time). */
  windowIds: () => ReadonlySet<number>;
  origins: readonly string[];
}

/**
 * `studio:invoke`: checks who is calling, then hands the call to the router, which validates the
 * input against the contract and never throws. Returns the function that unregisters it.
 */
export function handleStudioInvoke(options: StudioIpcOptions): () => void {
  options.ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallResult<unknown>> => {
    if (!isTrustedSender(event, options.windowIds(), options.origins)) {
      return { ok: false, error: { code: SENDER_REJECTED, message: 'Calls are accepted only from the app’s own window' } };
    }
    return options.router.call(typeof method === 'string' ? method : String(method), input);
  });
  return () => options.ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** A window events may be sent to. */
export interface EventWindow {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Forwards every EventBus event to the app's windows. Returns the unsubscribe function. */
export function forwardStudioEvents(events: Pick<EventBus, 'subscribe'>, windows: () => Iterable<EventWindow>): () => void {
  return events.subscribe((event) => {
    for (const win of windows()) {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event.name, event.payload);
    }
  });
}
