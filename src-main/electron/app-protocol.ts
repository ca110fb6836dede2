import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { mimeTypeFor } from './mime-types';

/** Registered before `ready`: app:// behaves like https (standard, secure) so fetch, modules and CSP 'self' work. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export type ResolvedAppPath =
  | {
      kind: 'file';
      /** Absolute path inside the root. */
      path: string;
      /** True when the last segment has no extension (or is empty): a client-side route. */
      isRoute: boolean;
    }
  | { kind: 'forbidden'; reason: string };

// Encoded '/', '\' and NUL never appear in the renderer's own URLs; refuse them before decoding.
const ENCODED_SEPARATOR = /%(2f|5c|00)/i;

/**
 * Maps a URL pathname (still percent-encoded, starting with "/") to a file under `root`.
 * Refuses, rather than normalises, anything that could climb out: ".." or "." segments in any
 * spelling (plain, %2e%2e, mixed), backslashes, encoded separators, empty segments ("//etc"),
 * drive letters and colons, NUL, bad escapes, and whatever still resolves outside the root.
 */
export function resolveAppPath(root: string, pathname: string): ResolvedAppPath {
  const forbidden = (reason: string): ResolvedAppPath => ({ kind: 'forbidden', reason });
  if (!pathname.startsWith('/')) return forbidden('not an absolute URL path');
  if (pathname.includes('\\')) return forbidden('backslash');
  if (ENCODED_SEPARATOR.test(pathname)) return forbidden('encoded separator');

  const rawSegments = pathname.slice(1).split('/');
  const segments: string[] = [];
  for (let i = 0; i < rawSegments.length; i++) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegments[i]!);
    } catch {
      return forbidden('bad percent-encoding');
    }
    const isLast = i === rawSegments.length - 1;
    if (segment === '') {
      if (isLast) continue; // a trailing slash
      return forbidden('empty segment');
    }
    if (segment === '.' || segment === '..') return forbidden('dot segment');
    if (/[\\/\0:]/.test(segment)) return forbidden('separator, NUL or colon in a segment');
    segments.push(segment);
  }

  const rootPath = resolve(root);
  const relative = segments.join('/');
  if (isAbsolute(relative)) return forbidden('absolute path');
  const path = resolve(rootPath, ...segments);
  if (path !== rootPath && !path.startsWith(rootPath + sep)) return forbidden('outside the root');

  const last = rawSegments[rawSegments.length - 1] ?? '';
  return { kind: 'file', path, isRoute: extname(last) === '' };
}

function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Follows symlinks and checks the real file is still under the real root. */
async function realPathInside(rootPath: string, path: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootPath), realpath(path)]);
    return realFile.startsWith(realRoot + sep) ? realFile : null;
  } catch {
    return null;
  }
}

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `root`, with the CSP
 * on every response. Unknown extension-less paths get index.html (the React router's routes);
 * unknown files are 404; anything that tries to leave `root` is 403.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const rootPath = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');

    const resolved = resolveAppPath(rootPath, url.pathname);
    if (resolved.kind === 'forbidden') return textResponse(403, 'Forbidden');

    let target: string | null = null;
    if (await isFile(resolved.path)) target = resolved.path;
    else if (resolved.isRoute) target = resolve(rootPath, 'index.html');
    if (target === null) return textResponse(404, 'Not found');

    const real = await realPathInside(rootPath, target);
    if (real === null) return (await isFile(target)) ? textResponse(403, 'Forbidden') : textResponse(404, 'Not found');

    const body = request.method === 'HEAD' ? null : await readFile(real);
    return new Response(body, { status: 200, headers: baseHeaders(mimeTypeFor(real)) });
  };
}
