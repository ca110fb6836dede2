import { fork } from 'node:child_process';
import type { FromWorker, ToWorker } from './protocol';

/** A running worker process, whatever started it (child_process in Node, utilityProcess in Electron). */
export interface WorkerHandle {
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the process is gone; code is null when it was killed by a signal. */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  kill(): void;
  readonly pid: number | undefined;
}

export interface WorkerLauncher {
  launch(options: { name: string }): WorkerHandle;
}

/**
 * Browser mode, CLI and tests: `child_process.fork` of the built worker entry.
 * The worker talks over Node's IPC channel; stdout/stderr go to the parent's stderr so tfjs
 * chatter never lands on the CLI's JSON stdout.
 */
export function createForkLauncher(workerPath: string): WorkerLauncher {
  return {
    launch({ name }) {
      const child = fork(workerPath, [], {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        serialization: 'advanced',
        env: { ...process.env, NEURONA_WORKER_NAME: name },
      });
      child.stdout?.on('data', (d: Buffer) => process.stderr.write(d));
      child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
      let exited = false;
      const exitListeners: ((code: number | null, signal: string | null) => void)[] = [];
      child.on('exit', (code, signal) => {
        if (exited) return;
        exited = true;
        for (const l of exitListeners) l(code, signal);
      });
      child.on('error', () => {
        if (exited) return;
        exited = true;
        for (const l of exitListeners) l(null, 'error');
      });
      return {
        pid: child.pid,
        send(message) {
          if (child.connected) child.send(message);
        },
        onMessage(listener) {
          child.on('message', (m) => listener(m as FromWorker));
        },
        onExit(listener) {
          exitListeners.push(listener);
        },
        kill() {
          if (!exited) child.kill('SIGKILL');
        },
      };
    },
  };
}
