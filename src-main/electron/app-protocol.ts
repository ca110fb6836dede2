import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../static-files/content-security-policy';
import { mimeTypeFor } from '../static-files/mime-types';
import { securityHeaders } from '../static-files/security-headers';
import { resolveStaticPath } from '../static-files/static-path';

/** Registered before `ready`: app:// behaves like https (standard, secure) so fetch, modules and CSP 'self' work. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

function baseHeaders(contentType: string): Headers {
  return new Headers({ 'Content-Type': contentType, ...securityHeaders(CONTENT_SECURITY_POLICY), 'Cache-Control': 'no-cache' });
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

    const resolved = resolveStaticPath(rootPath, url.pathname);
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
