import { describe, expect, it } from 'vitest';
import { baseName, joinPath, parentDir, stem } from './path-text';

describe('path text', () => {
  it.each([
    ['/home/ana/Iris.neurona', 'Iris.neurona', '/home/ana'],
    ['/home/ana/Iris.neurona/', 'Iris.neurona', '/home/ana'],
    ['C:\\Users\\ana\\Iris.neurona', 'Iris.neurona', 'C:\\Users\\ana'],
    ['/Iris.neurona', 'Iris.neurona', '/'],
    ['Iris.neurona', 'Iris.neurona', ''],
  ])('%s: base %s, parent %s', (path, base, parent) => {
    expect(baseName(path)).toBe(base);
    expect(parentDir(path)).toBe(parent);
  });

  it.each([
    ['/home/ana', 'Iris.neurona.zip', '/home/ana/Iris.neurona.zip'],
    ['/home/ana/', 'Iris.neurona.zip', '/home/ana/Iris.neurona.zip'],
    ['C:\\Users\\ana', 'Iris.neurona.zip', 'C:\\Users\\ana\\Iris.neurona.zip'],
    ['', 'x', 'x'],
  ])('joinPath(%s, %s)', (dir, name, out) => expect(joinPath(dir, name)).toBe(out));

  it('stem drops one extension', () => {
    expect(stem('houses.csv')).toBe('houses');
    expect(stem('pets')).toBe('pets');
    expect(stem('.hidden')).toBe('.hidden');
  });
});
