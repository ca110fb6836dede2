import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { connectToParent, type WorkerProcess } from './parent-port';
import type { FromWorker, ToWorker } from './protocol';

const progress: FromWorker = { type: 'paused' };

describe('connectToParent', () => {
  it('uses Electron’s parentPort, unwrapping message events', async () => {
    const posted: unknown[] = [];
    const port = Object.assign(new EventEmitter(), { postMessage: (m: unknown) => posted.push(m) });
    const fake = Object.assign(new EventEmitter(), { parentPort: port, send: () => true, connected: true }) as unknown as WorkerProcess;
    const channel = connectToParent(fake)!;
    const received: ToWorker[] = [];
    channel.onMessage((m) => received.push(m));
    port.emit('message', { data: { type: 'pause' } });
    channel.send(progress);
    await channel.flush();
    expect(received).toEqual([{ type: 'pause' }]);
    expect(posted).toEqual([progress]);
  });

  it('uses process.send under child_process.fork, and flush waits for delivery', async () => {
    const callbacks: (() => void)[] = [];
    const sent: unknown[] = [];
    const fake = Object.assign(new EventEmitter(), {
      connected: true,
      send: (m: unknown, _h?: undefined, _o?: undefined, cb?: (e: Error | null) => void) => {
        sent.push(m);
        callbacks.push(() => cb?.(null));
        return true;
      },
    }) as unknown as WorkerProcess & EventEmitter;
    const channel = connectToParent(fake)!;
    const received: ToWorker[] = [];
    channel.onMessage((m) => received.push(m));
    fake.emit('message', { type: 'stop' });
    channel.send(progress);
    channel.send({ type: 'resumed' });
    let flushed = false;
    const flushing = channel.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    for (const deliver of callbacks) deliver();
    await flushing;
    expect(flushed).toBe(true);
    expect(sent).toEqual([progress, { type: 'resumed' }]);
    expect(received).toEqual([{ type: 'stop' }]);
    await expect(channel.flush()).resolves.toBeUndefined();
  });

  it('drops messages once the parent is gone, and finds no channel in a plain process', async () => {
    const sent: unknown[] = [];
    const fake = Object.assign(new EventEmitter(), { connected: false, send: (m: unknown) => sent.push(m) > 0 }) as unknown as WorkerProcess;
    const channel = connectToParent(fake)!;
    channel.send(progress);
    await channel.flush();
    expect(sent).toEqual([]);
    expect(connectToParent(new EventEmitter() as unknown as WorkerProcess)).toBeNull();
  });
});
