import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, projectRoute, type Route } from './route';

describe('routes', () => {
  const cases: [string, Route][] = [
    ['#/', { name: 'home' }],
    ['', { name: 'home' }],
    ['#/settings', { name: 'settings' }],
    ['#/project/train?path=%2Fhome%2Fana%2FMis+proyectos%2Firis.neurona&item=7', projectRoute('/home/ana/Mis proyectos/iris.neurona', 'train', 7)],
    ['#/project/data?path=C%3A%5CUsers%5Cana%5Cp.neurona', projectRoute('C:\\Users\\ana\\p.neurona', 'data')],
  ];
  it.each(cases)('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(cases.slice(2))('round-trips %s', (_hash, route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back safely on odd hashes', () => {
    expect(parseRoute('#/project/data')).toEqual({ name: 'home' });
    expect(parseRoute('#/project/nope?path=%2Fp')).toEqual(projectRoute('/p', 'data'));
    expect(parseRoute('#/project/model?path=%2Fp&item=-3')).toEqual(projectRoute('/p', 'model'));
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'home' });
  });
});
