import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker } from './protocol';

// A stand-in for Electron's UtilityProcess: an emitter with postMessage, kill, pid and stdio.
class FakeUtilityProcess extends EventEmitter {
  pid: number | undefined = undefined;
  stdout = new PassThrough();
  stderr = new PassThrough();
  postMessage = vi.fn();
  kill = vi.fn(() => true);
}

const electron = vi.hoisted(() => ({ forked: [] as { child: unknown; args: unknown[] }[] }));

vi.mock('electron', () => ({
  utilityProcess: {
    fork: vi.fn((...args: unknown[]) => {
      const child = new FakeUtilityProcess();
      electron.forked.push({ child, args });
      return child;
    }),
  },
}));

const { createUtilityProcessLauncher } = await import('./utility-process-launcher');

function launch(name = 'run-7') {
  const handle = createUtilityProcessLauncher('/app/out/main/worker.js').launch({ name });
  const child = electron.forked.at(-1)!.child as FakeUtilityProcess;
  return { handle, child, args: electron.forked.at(-1)!.args };
}

beforeEach(() => {
  electron.forked.length = 0;
});

describe('createUtilityProcessLauncher', () => {
  it('forks the worker entry as a named utility process with piped output', () => {
    const { args } = launch('run-7');
    const [modulePath, argv, options] = args as [string, string[], { serviceName: string; stdio: string; env: Record<string, string> }];
    expect(modulePath).toBe('/app/out/main/worker.js');
    expect(argv).toEqual([]);
    expect(options.stdio).toBe('pipe');
    expect(options.serviceName).toContain('run-7');
    expect(options.env['NEURONA_WORKER_NAME']).toBe('run-7');
  });

  it('sends messages with postMessage and delivers the worker’s messages', () => {
    const { handle, child } = launch();
    handle.send({ type: 'start', job: { type: 'probe' } });
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'start', job: { type: 'probe' } });

    const received: FromWorker[] = [];
    handle.onMessage((m) => received.push(m));
    const message: FromWorker = { type: 'epoch', epoch: 1, metrics: { loss: 0.3 } };
    child.emit('message', message);
    expect(received).toEqual([message]);
  });

  it('reports the pid once the process has spawned', () => {
    const { handle, child } = launch();
    expect(handle.pid).toBeUndefined();
    child.pid = 4242;
    expect(handle.pid).toBe(4242);
  });

  it('reports an exit code once, and sends nothing after exit', () => {
    const { handle, child } = launch();
    const exits: [number | null, string | null][] = [];
    handle.onExit((code, signal) => exits.push([code, signal]));
    child.emit('exit', 3);
    child.emit('exit', 3);
    expect(exits).toEqual([[3, null]]);
    handle.send({ type: 'stop' });
    expect(child.postMessage).not.toHaveBeenCalled();
    handle.kill();
    expect(child.kill).not.toHaveBeenCalled();
  });

  it('kills with child.kill() and reports the exit as a signal', () => {
    const { handle, child } = launch();
    const exits: [number | null, string | null][] = [];
    handle.onExit((code, signal) => exits.push([code, signal]));
    handle.kill();
    handle.kill();
    expect(child.kill).toHaveBeenCalledTimes(1);
    child.emit('exit', 15);
    expect(exits).toEqual([[null, 'SIGTERM']]);
  });

  it('passes the worker’s stdout and stderr to main’s stderr', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const { child } = launch();
      child.stdout.write('tfjs says hi\n');
      child.stderr.write('warning\n');
      await new Promise((r) => setImmediate(r));
      const written = write.mock.calls.map((c) => String(c[0]));
      expect(written).toEqual(expect.arrayContaining(['tfjs says hi\n', 'warning\n']));
    } finally {
      write.mockRestore();
    }
  });
});
