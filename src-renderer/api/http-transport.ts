import type { CallResult } from '../../src-shared/contract';
import type { ClientErrorCode } from './api-error';
import type { ConnectionState, Transport } from './transport';

// Method syntax makes the handler parameter bivariant, so the DOM's WebSocket (whose handlers
// take Event / MessageEvent) fits this narrower shape.
type Handler<E> = { handle(ev: E): void }['handle'];

/** The parts of the browser's WebSocket the transport uses, so tests can pass a fake. */
export interface SocketLike {
  onopen: Handler<unknown> | null;
  onclose: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onerror: Handler<unknown> | null;
  close(): void;
}

export interface HttpTransportOptions {
  /** e.g. "http://127.0.0.1:5123" (no trailing slash). */
  origin: string;
  token: string | null;
  fetch: typeof fetch;
  openSocket: (url: string) => SocketLike;
  /** Called once per 401 so the app can show the "open the URL with its token" screen. */
  onUnauthorized: () => void;
  /** Injected so tests control time. */
  schedule?: (fn: () => void, ms: number) => unknown;
}

/** Reconnect delays: quick at first, then every 10 s at most. */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 10000];

export function reconnectDelay(attempt: number): number {
  return RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]!;
}

function failure(code: ClientErrorCode, message: string, details?: Record<string, unknown>): CallResult<unknown> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

function isCallResult(body: unknown): body is CallResult<unknown> {
  if (!body || typeof body !== 'object') return false;
  const b = body as { ok?: unknown; error?: unknown };
  if (b.ok === true) return 'value' in b;
  if (b.ok === false) {
    const e = b.error as { code?: unknown; message?: unknown } | undefined;
    return !!e && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return false;
}

export function eventsUrl(origin: string, token: string | null): string {
  const ws = origin.replace(/^http/, 'ws');
  return token ? `${ws}/events?token=${encodeURIComponent(token)}` : `${ws}/events`;
}

/**
 * Browser mode: `POST /api/<method>` with the bearer token, events over one WebSocket that
 * reconnects with backoff when it drops.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let socket: SocketLike | null = null;
  let attempt = 0;
  let wasOpen = false;
  let reportedDown = false;
  let started = false;

  function setState(state: ConnectionState): void {
    for (const cb of connectionListeners) cb(state);
  }

  function connect(): void {
    const ws = options.openSocket(eventsUrl(options.origin, options.token));
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      if (reportedDown) setState('open');
      reportedDown = false;
      wasOpen = true;
    };
    ws.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return;
      let message: { name?: unknown; payload?: unknown };
      try {
        message = JSON.parse(ev.data) as { name?: unknown; payload?: unknown };
      } catch {
        return;
      }
      if (typeof message.name !== 'string') return;
      for (const cb of listeners.get(message.name) ?? []) cb(message.payload);
    };
    ws.onerror = () => {
      // onclose follows and schedules the retry.
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      if (wasOpen && !reportedDown) {
        reportedDown = true;
        setState('reconnecting');
      }
      schedule(connect, reconnectDelay(attempt++));
    };
  }

  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await options.fetch(`${options.origin}/api/${method}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch (err) {
        return failure('NETWORK', `Cannot reach the studio server: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (response.status === 401) {
        options.onUnauthorized();
        return failure('UNAUTHORIZED', 'The studio server refused the token');
      }
      if (response.status === 403) return failure('ORIGIN_REFUSED', 'The studio server refused this page’s origin');
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return failure('BAD_RESPONSE', `The studio server answered ${response.status} without a result`, { status: response.status });
      }
      if (!isCallResult(body)) {
        return failure('BAD_RESPONSE', `The studio server answered ${response.status} without a result`, { status: response.status });
      }
      return body;
    },
    on(event, cb) {
      if (!started) {
        started = true;
        connect();
      }
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb);
      return () => {
        set.delete(cb);
      };
    },
    onConnectionChange(cb) {
      connectionListeners.add(cb);
      return () => {
        connectionListeners.delete(cb);
      };
    },
  };
}
