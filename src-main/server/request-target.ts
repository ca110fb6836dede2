/**
 * The URL of a request target as the server sees it, or null when it is not a URL at all
 * (`GET http://[`): the caller answers 400 instead of letting `new URL` throw.
 */
export function parseRequestTarget(target: string | undefined, port: number): URL | null {
  try {
    return new URL(target ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return null;
  }
}

/** An API path's method name, or null when its percent-encoding is broken (`/api/%E0%A4%A`). */
export function decodeMethodName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
