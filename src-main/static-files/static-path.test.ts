import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-path';
import { mimeTypeFor } from './mime-types';
import { contentSecurityPolicy } from './content-security-policy';

const ROOT = resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/index.html', 'index.html', false],
    ['/assets/index-abc123.js', 'assets/index-abc123.js', false],
    ['/assets/font%20name.woff2', 'assets/font name.woff2', false],
    ['/projects/42', 'projects/42', true],
    ['/', '', true],
    ['/assets/', 'assets', true],
  ])('resolves %s inside the root', (pathname, relative, isRoute) => {
    expect(resolveStaticPath(ROOT, pathname)).toEqual({ kind: 'file', path: join(ROOT, relative), isRoute });
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/assets/..',
    '/..',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/.%2e/etc/passwd',
    '/%2e./etc/passwd',
    '/assets/%2e%2e/%2e%2e/secret',
    '/..%2fetc%2fpasswd',
    '/..%2Fetc',
    '/%2f%2e%2e%2fetc',
    '/..%5cwindows',
    '/..\\windows\\win.ini',
    '/assets\\..\\..\\secret',
    '/%5c%5cserver%5cshare',
    '//etc/passwd',
    '/assets//../x',
    '/C:/Windows/win.ini',
    '/c%3a/Windows',
    '/./index.html',
    '/%2e/index.html',
    '/index.html%00.png',
    '/%E0%A4%A',
    'index.html',
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(ROOT, pathname).kind).toBe('forbidden');
  });
});

describe('resolveStaticPath: what the server receives', () => {
  // Query strings and fragments are stripped by the URL parser before the path gets here.
  it.each(['/../etc/passwd', '/assets/../../etc/passwd', '/%2e%2e/etc/passwd', '/%2e%2e%2fetc%2fpasswd', '/..%2f..%2fetc', '/a\\..\\b', '/%5c..%5cetc', '/x%00.html', '/%E0%A4%A'])(
    'refuses %s',
    (pathname) => expect(resolveStaticPath(ROOT, pathname).kind).toBe('forbidden'),
  );
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['b.wasm', 'application/wasm'],
    ['c.SVG', 'image/svg+xml'],
    ['d.unknown', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('contentSecurityPolicy', () => {
  it('allows only the app itself, plus the given connect sources', () => {
    const csp = contentSecurityPolicy(['ws://127.0.0.1:5000']);
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:5000");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});
