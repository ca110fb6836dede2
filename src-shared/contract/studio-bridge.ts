// The shape of `window.studio`, which the Electron preload exposes to the renderer.
// Types only: the preload implements it, the renderer's IPC transport consumes it.
import type { CallResult, MethodInput, MethodName, MethodOutput } from './index';
import type { EventName, EventPayload } from './events';

/** What the application menu asks the renderer to do (File > New project, File > Open project…). */
export type MenuCommand = 'project.new' | 'project.open';

export interface StudioBridge {
  /**
   * Calls an API method in main. Never rejects: failures, including a method name that is not in
   * the contract (code UNKNOWN_METHOD, refused before any IPC), come back as `{ ok: false, error }`.
   */
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<CallResult<MethodOutput<M>>>;
  /** Subscribes to an API event; returns the unsubscribe function. Throws for an event not in the contract. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
