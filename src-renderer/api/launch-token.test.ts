import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeLaunchToken } from './launch-token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('takeLaunchToken', () => {
  it('takes the token from the URL, stores it and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = takeLaunchToken({
      href: 'http://127.0.0.1:5000/?token=abc123&x=1#/p/data',
      storage,
      replaceUrl: (u) => replaced.push(u),
    });
    expect(token).toBe('abc123');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(replaced).toEqual(['/?x=1#/p/data']);
  });

  it('finds the stored token after a reload and leaves the URL alone', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    const replaced: string[] = [];
    expect(takeLaunchToken({ href: 'http://127.0.0.1:5000/#/', storage, replaceUrl: (u) => replaced.push(u) })).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the URL over a stored one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeLaunchToken({ href: 'http://h/?token=new', storage, replaceUrl: () => {} })).toBe('new');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('returns null when there is none', () => {
    expect(takeLaunchToken({ href: 'http://h/', storage: memoryStorage(), replaceUrl: () => {} })).toBeNull();
  });
});
