import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchPaths } from './launch-paths';

describe('launchPaths', () => {
  const cwd = resolve('/home/ana/work');
  it.each([
    { argv: ['/opt/Neurona/neurona-studio'], packaged: true, paths: [] },
    { argv: ['/opt/Neurona/neurona-studio', 'Iris.neurona'], packaged: true, paths: [resolve(cwd, 'Iris.neurona')] },
    { argv: ['C:\\Neurona\\Neurona Studio.exe', '--allow-file-access-from-files', '/data/a.neurona', 'b.csv'], packaged: true, paths: [resolve('/data/a.neurona'), resolve(cwd, 'b.csv')] },
    { argv: ['/usr/bin/electron', '.', '../Iris.neurona'], packaged: false, paths: [resolve(cwd, '../Iris.neurona')] },
    { argv: ['/usr/bin/electron', 'out/main/index.js'], packaged: false, paths: [] },
    { argv: ['/opt/n', '--inspect=9229', '-psn_0_1234', ''], packaged: true, paths: [] },
  ])('$argv (packaged: $packaged)', ({ argv, packaged, paths }) => {
    expect(launchPaths(argv, { cwd, isPackaged: packaged })).toEqual(paths);
  });
});
