import { describe, expect, it } from 'vitest';
import { isTrustedOrigin, originOf, trustedOrigins } from './app-origin';

describe('app origin', () => {
  it('reads the origin of app:// and http URLs', () => {
    expect(originOf('app://neurona/index.html')).toBe('app://neurona');
    expect(originOf('APP://NEURONA/x')).toBe('app://neurona');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('has no origin for opaque or broken URLs', () => {
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('data:text/html,x')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
  });

  it('trusts the dev server only when electron-vite gives one', () => {
    expect(trustedOrigins(undefined)).toEqual(['app://neurona']);
    expect(trustedOrigins('http://localhost:5173/')).toEqual(['app://neurona', 'http://localhost:5173']);
  });

  it('does not mistake look-alike hosts or ports for the app', () => {
    const origins = trustedOrigins(undefined);
    expect(isTrustedOrigin('app://neurona/a', origins)).toBe(true);
    expect(isTrustedOrigin('app://neurona.example/a', origins)).toBe(false);
    expect(isTrustedOrigin('app://neurona:8080/a', origins)).toBe(false);
    expect(isTrustedOrigin('https://neurona/a', origins)).toBe(false);
  });
});
