import type { FromWorker, ToWorker } from './protocol';

// The worker's side of the channel to main, whichever way it was started:
// `child_process.fork` (process.send / process.on('message')) in browser mode, CLI and tests,
// or Electron's `utilityProcess` (process.parentPort) in the desktop app.

export interface ParentPort {
  send(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
  /** Resolves once the messages sent so far have been handed to the parent. */
  flush(): Promise<void>;
}

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Electron's utility process channel has no delivery callback; this lets its queue drain before exit. */
const UTILITY_PROCESS_DRAIN_MS = 50;

/** The parts of `process` the channel uses (a parameter so tests can pass a fake). */
export interface WorkerProcess {
  parentPort?: ElectronParentPort;
  send?: (message: unknown, sendHandle?: undefined, options?: undefined, callback?: (error: Error | null) => void) => boolean;
  readonly connected?: boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export function connectToParent(proc: WorkerProcess = process as unknown as WorkerProcess): ParentPort | null {
  const electronPort = proc.parentPort;
  if (electronPort) {
    return {
      send: (message) => electronPort.postMessage(message),
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as ToWorker)),
      flush: () => new Promise((resolve) => setTimeout(resolve, UTILITY_PROCESS_DRAIN_MS)),
    };
  }
  const send = proc.send?.bind(proc);
  if (!send) return null;
  let pending = 0;
  let drained: (() => void)[] = [];
  const settleOne = (): void => {
    pending -= 1;
    if (pending === 0) {
      const waiting = drained;
      drained = [];
      for (const resolve of waiting) resolve();
    }
  };
  return {
    send(message) {
      if (!proc.connected) return;
      pending += 1;
      send(message, undefined, undefined, settleOne);
    },
    onMessage: (listener) => proc.on('message', (message) => listener(message as ToWorker)),
    flush: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => drained.push(resolve))),
  };
}
