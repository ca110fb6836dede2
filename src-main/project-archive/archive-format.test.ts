import { describe, expect, it } from 'vitest';
import { checkEntryName, withArchiveSuffix } from './archive-format';

describe('archive entry names', () => {
  const ok = ['neurona-project.json', 'project.db', 'blobs/ab/abcdef', 'blobs/checkpoints/run-1/model.json', 'exports/mlp-run-1/weights.bin', 'blobs/ab/ñandú café'];
  it.each(ok)('accepts %s', (name) => expect(checkEntryName(name)).toEqual({ ok: true }));

  const refused: [string, string][] = [
    ['../evil', '".."'],
    ['blobs/../../evil', '".."'],
    ['blobs/./x', '"."'],
    ['blobs//x', 'empty'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/x', 'colon'],
    ['blobs\\..\\..\\evil', 'backslash'],
    ['blobs/x\u0000y', 'control'],
    ['blobs/x\ny', 'control'],
    ['', 'empty'],
    ['x'.repeat(1025), 'too long'],
    ['evil.sh', 'top'],
    ['project.db-wal', 'top'],
    ['node_modules/x', 'unexpected folder'],
    ['blobs/cache/a', 'cache'],
    ['blobs/tmp/a', 'temp'],
  ];
  it.each(refused)('refuses %j (%s)', (name, why) => {
    const r = checkEntryName(name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
});

describe('withArchiveSuffix', () => {
  it.each([
    ['/a/Iris', '/a/Iris.neurona.zip'],
    ['/a/Iris.neurona.zip', '/a/Iris.neurona.zip'],
    ['/a/Iris.ZIP', '/a/Iris.ZIP'],
    ['/a/Iris.neurona', '/a/Iris.neurona.zip'],
  ])('%s → %s', (input, out) => expect(withArchiveSuffix(input)).toBe(out));
});
