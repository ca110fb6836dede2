import { timingSafeEqual } from 'node:crypto';

export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Host header must name our loopback port: stops DNS-rebinding pages from reaching the API. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser always sends Origin on fetch POSTs and WebSocket upgrades; only our own page may call. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // non-browser clients (curl, tests) send none; the token still guards them
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  return m ? m[1] : null;
}
