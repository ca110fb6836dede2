import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { resolveStaticPath } from './static-path';

const root = resolve('/srv/app');

describe('resolveStaticPath', () => {
  const allowed: [string, string][] = [
    ['/index.html', join(root, 'index.html')],
    ['/assets/app-1.js', join(root, 'assets', 'app-1.js')],
    ['/assets/./x.css', join(root, 'assets', 'x.css')],
    ['/a%20b.png', join(root, 'a b.png')],
    ['/index.html?x=1', join(root, 'index.html')],
  ];
  for (const [url, file] of allowed) it(`maps ${url}`, () => expect(resolveStaticPath(root, url)).toBe(file));

  const refused = ['/../etc/passwd', '/assets/../../etc/passwd', '/%2e%2e/etc/passwd', '/%2e%2e%2fetc%2fpasswd', '/..%2f..%2fetc', '/a\\..\\b', '/%5c..%5cetc', '/x%00.html', '/%E0%A4%A'];
  for (const url of refused) it(`refuses ${url}`, () => expect(resolveStaticPath(root, url)).toBeNull());
});
