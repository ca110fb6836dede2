import { extname, isAbsolute, resolve, sep } from 'node:path';

// Shared by the desktop app's app:// protocol and the browser-mode server.

export type ResolvedStaticPath =
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
export function resolveStaticPath(root: string, pathname: string): ResolvedStaticPath {
  const forbidden = (reason: string): ResolvedStaticPath => ({ kind: 'forbidden', reason });
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
