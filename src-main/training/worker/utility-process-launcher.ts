import { utilityProcess } from 'electron';
import type { WorkerHandle, WorkerLauncher } from './launcher';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The desktop app's launcher: each worker is an Electron utility process running the built
 * worker entry (out/main/worker.js), which talks through `process.parentPort`. Its stdout and
 * stderr go to main's stderr, as with the fork launcher.
 */
export function createUtilityProcessLauncher(workerPath: string): WorkerLauncher {
  return {
    launch({ name }): WorkerHandle {
      const child = utilityProcess.fork(workerPath, [], {
        serviceName: `Neurona worker (${name})`,
        stdio: 'pipe',
        env: { ...process.env, NEURONA_WORKER_NAME: name },
      });
      child.stdout?.on('data', (d: Buffer) => process.stderr.write(d));
      child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));

      let exited = false;
      let killed = false;
      const exitListeners: ((code: number | null, signal: string | null) => void)[] = [];
      child.on('error', (type, location) => {
        process.stderr.write(`worker ${name}: ${type} at ${location}\n`);
      });
      child.on('exit', (code) => {
        if (exited) return;
        exited = true;
        // utilityProcess reports only a code; a worker we killed is reported like a signalled one.
        for (const listener of exitListeners) {
          if (killed) listener(null, 'SIGTERM');
          else listener(code, null);
        }
      });

      return {
        get pid() {
          return child.pid;
        },
        send(message: ToWorker) {
          if (!exited) child.postMessage(message);
        },
        onMessage(listener: (message: FromWorker) => void) {
          child.on('message', (message: unknown) => listener(message as FromWorker));
        },
        onExit(listener) {
          exitListeners.push(listener);
        },
        kill() {
          if (exited || killed) return;
          killed = true;
          child.kill();
        },
      };
    },
  };
}
