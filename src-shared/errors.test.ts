import { describe, expect, it } from 'vitest';
import { describeInternalError, redactPaths, StudioError, toErrorPayload } from './errors';

describe('redactPaths', () => {
  const cases: [string, string][] = [
    ["ENOENT: no such file or directory, open '/home/ana/x/project.db'", "ENOENT: no such file or directory, open '<path>'"],
    ['cannot read /tmp/a b', 'cannot read <path> b'],
    ['at C:\\Users\\Ana\\x.db and D:/data/y', 'at <path> and <path>'],
    ['share \\\\server\\share\\f.txt gone', 'share <path> gone'],
    ['loaded file:///opt/app/x.js', 'loaded <path>'],
    ['/starts/with/a/path: bad', '<path> bad'],
    ['Input 0 is incompatible with layer dense: expected [null,4] got a/b', 'Input 0 is incompatible with layer dense: expected [null,4] got a/b'],
  ];
  it.each(cases)('%s', (input, expected) => expect(redactPaths(input)).toBe(expected));
});

describe('internal errors never leak paths or stacks', () => {
  it('a NUL byte in a path: Node echoes the path back, the payload does not', () => {
    let thrown: unknown;
    try {
      // What fs does with such a path, without touching the disk.
      throw Object.assign(new TypeError("The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '/home/ana/secret\u0000/project.db'"), { code: 'ERR_INVALID_ARG_VALUE' });
    } catch (err) {
      thrown = err;
    }
    const payload = toErrorPayload(thrown);
    expect(payload.code).toBe('INTERNAL');
    expect(payload.message).not.toMatch(/home|secret/);
    expect(payload.message).not.toContain('\u0000');
    expect(payload.message).not.toMatch(/\n\s+at /);
  });

  it('a Node system error says its code and call only', () => {
    const err = Object.assign(new Error("EACCES: permission denied, open '/root/x'"), { code: 'EACCES', syscall: 'open', path: '/root/x' });
    expect(describeInternalError(err)).toBe('Unexpected EACCES error during open');
  });

  it('multi-line messages keep their first line only', () => {
    expect(describeInternalError(new Error('first\n    at foo (/app/x.js:1:1)'))).toBe('first');
  });

  it('typed errors pass through unchanged (their paths are the user’s own input)', () => {
    const err = new StudioError('PROJECT_NOT_FOUND', 'No Neurona project at /home/ana/p', { path: '/home/ana/p' });
    expect(toErrorPayload(err)).toEqual({ code: 'PROJECT_NOT_FOUND', message: 'No Neurona project at /home/ana/p', details: { path: '/home/ana/p' } });
  });

  it('non-errors and empty messages still give a message', () => {
    expect(describeInternalError('')).toBe('Unexpected error');
    expect(describeInternalError(undefined)).toBe('undefined');
  });
});
