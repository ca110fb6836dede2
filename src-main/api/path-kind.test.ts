import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPath } from './path-kind';

// A dropped path is checked in main, on disk: its kind decides what the UI offers.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'neurona-drop-'));
  mkdirSync(join(root, 'Iris.neurona', 'blobs'), { recursive: true });
  writeFileSync(join(root, 'Iris.neurona', 'project.db'), '');
  mkdirSync(join(root, 'pets', 'cats'), { recursive: true });
  mkdirSync(join(root, 'pets', 'dogs'), { recursive: true });
  writeFileSync(join(root, 'pets', 'cats', 'a.JPG'), 'x');
  mkdirSync(join(root, 'empty'));
  mkdirSync(join(root, 'docs', 'notes'), { recursive: true });
  writeFileSync(join(root, 'docs', 'notes', 'a.md'), 'x');
  writeFileSync(join(root, 'houses.csv'), 'a,b\n1,2\n');
  writeFileSync(join(root, 'table.tsv'), 'a\tb\n');
  writeFileSync(join(root, 'Shared.neurona.zip'), 'PK');
  writeFileSync(join(root, 'photo.png'), 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('inspectPath', () => {
  it.each([
    ['Iris.neurona', 'project'],
    ['pets', 'imageFolder'],
    ['houses.csv', 'csv'],
    ['table.tsv', 'csv'],
    ['Shared.neurona.zip', 'archive'],
  ])('%s is a %s', (name, kind) => expect(inspectPath(join(root, name))).toEqual({ kind, path: join(root, name) }));

  it.each([
    ['missing', 'not_found'],
    ['empty', 'folder'],
    ['docs', 'folder'],
    ['photo.png', 'file'],
  ])('%s is refused (%s) with a reason the UI can say', (name, reason) => {
    expect(() => inspectPath(join(root, name))).toThrow(expect.objectContaining({ code: 'DROP_UNSUPPORTED', details: { path: join(root, name), reason } }));
  });
});
