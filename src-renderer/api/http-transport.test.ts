import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport, eventsUrl, reconnectDelay, type SocketLike } from './http-transport';

class FakeSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.({});
  }
  drop(): void {
    this.onclose?.({});
  }
  send(name: string, payload: unknown): void {
    this.onmessage?.({ data: JSON.stringify({ name, payload }) });
  }
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function setup(fetchImpl: typeof fetch) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const onUnauthorized = vi.fn();
  const transport = createHttpTransport({
    origin: 'http://127.0.0.1:4321',
    token: 'tok en',
    fetch: fetchImpl,
    openSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    onUnauthorized,
    schedule: (fn, ms) => timers.push({ fn, ms }),
  });
  return { transport, sockets, timers, onUnauthorized };
}

describe('http transport calls', () => {
  it('posts the input as JSON with the bearer token to /api/<method>', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, value: { language: 'es' } }));
    const { transport } = setup(fetchImpl as unknown as typeof fetch);
    const result = await transport.invoke('settings.set', { language: 'es' });
    expect(result).toEqual({ ok: true, value: { language: 'es' } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:4321/api/settings.set');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer tok en' });
    expect(JSON.parse(String(init.body))).toEqual({ language: 'es' });
  });

  it('passes an API failure through unchanged', async () => {
    const error = { code: 'PROJECT_EXISTS', message: 'exists', details: { path: '/p' } };
    const { transport } = setup((async () => jsonResponse(200, { ok: false, error })) as unknown as typeof fetch);
    expect(await transport.invoke('projects.create', { name: 'p' })).toEqual({ ok: false, error });
  });

  it('turns 401 into UNAUTHORIZED and tells the app', async () => {
    const { transport, onUnauthorized } = setup((async () => new Response('no', { status: 401 })) as unknown as typeof fetch);
    const result = await transport.invoke('projects.list', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('UNAUTHORIZED');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('turns 403 into ORIGIN_REFUSED', async () => {
    const { transport, onUnauthorized } = setup((async () => new Response('no', { status: 403 })) as unknown as typeof fetch);
    const result = await transport.invoke('projects.list', {});
    expect(!result.ok && result.error.code).toBe('ORIGIN_REFUSED');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports a network failure and a body that is not a CallResult', async () => {
    const down = setup((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const r1 = await down.transport.invoke('projects.list', {});
    expect(!r1.ok && r1.error.code).toBe('NETWORK');

    const html = setup((async () => new Response('<html>', { status: 500 })) as unknown as typeof fetch);
    const r2 = await html.transport.invoke('projects.list', {});
    expect(!r2.ok && r2.error).toMatchObject({ code: 'BAD_RESPONSE', details: { status: 500 } });

    const odd = setup((async () => jsonResponse(200, { value: 1 })) as unknown as typeof fetch);
    const r3 = await odd.transport.invoke('projects.list', {});
    expect(!r3.ok && r3.error.code).toBe('BAD_RESPONSE');
  });
});

describe('http transport events', () => {
  it('builds the WebSocket URL from the page origin with the token', () => {
    expect(eventsUrl('http://127.0.0.1:4321', 'a/b')).toBe('ws://127.0.0.1:4321/events?token=a%2Fb');
    expect(eventsUrl('https://host', null)).toBe('wss://host/events');
  });

  it('opens one socket on the first subscription and dispatches by event name', () => {
    const { transport, sockets } = setup(vi.fn() as unknown as typeof fetch);
    const progress = vi.fn();
    const epoch = vi.fn();
    transport.on('run.progress', progress);
    const off = transport.on('run.epoch', epoch);
    expect(sockets).toHaveLength(1);
    sockets[0]!.open();
    sockets[0]!.send('run.epoch', { epoch: 1 });
    sockets[0]!.send('run.progress', { batch: 2 });
    sockets[0]!.onmessage?.({ data: 'not json' });
    expect(epoch).toHaveBeenCalledWith({ epoch: 1 });
    expect(progress).toHaveBeenCalledWith({ batch: 2 });
    off();
    sockets[0]!.send('run.epoch', { epoch: 2 });
    expect(epoch).toHaveBeenCalledTimes(1);
  });

  it('reconnects with growing delays and reports the drop once, then the recovery', () => {
    const { transport, sockets, timers } = setup(vi.fn() as unknown as typeof fetch);
    const states: string[] = [];
    transport.onConnectionChange((s) => states.push(s));
    const cb = vi.fn();
    transport.on('run.epoch', cb);
    sockets[0]!.open();
    sockets[0]!.drop();
    expect(states).toEqual(['reconnecting']);
    expect(timers.map((t) => t.ms)).toEqual([reconnectDelay(0)]);
    timers[0]!.fn();
    sockets[1]!.drop();
    expect(timers.map((t) => t.ms)).toEqual([reconnectDelay(0), reconnectDelay(1)]);
    expect(reconnectDelay(1)).toBeGreaterThan(reconnectDelay(0));
    timers[1]!.fn();
    sockets[2]!.open();
    expect(states).toEqual(['reconnecting', 'open']);
    sockets[2]!.send('run.epoch', { epoch: 3 });
    expect(cb).toHaveBeenCalledWith({ epoch: 3 });
    // After a success the backoff starts over.
    sockets[2]!.drop();
    expect(timers[2]!.ms).toBe(reconnectDelay(0));
  });

  it('caps the delay', () => {
    expect(reconnectDelay(100)).toBe(reconnectDelay(6));
  });
});
