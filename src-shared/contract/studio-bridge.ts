// The shape of `window.studio`, which the Electron preload exposes to the renderer.
// Types only: the preload implements it, the renderer's IPC transport consumes it.
import type { CallResult, MethodInput, MethodName, MethodOutput } from './index';
import type { EventName, EventPayload } from './events';
import type { ShellRequest } from './shell';

/** What the application menu asks the renderer to do (File > New project, Open project…, Import project…, Export project…). */
export type MenuCommand = 'project.new' | 'project.open' | 'project.import' | 'project.export';

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
  /** Paths to open that came from outside the page (command line, second instance, macOS open-file, File > Open recent). */
  onShellRequest(listener: (request: ShellRequest) => void): () => void;
  /**
   * The file-system path of a File dropped on the window (webUtils.getPathForFile); '' for
   * anything else. Typed `object` because src-shared has no DOM types. Main checks the path
   * (app.inspectPath) before anything uses it.
   */
  pathForFile(file: object): string;
}
