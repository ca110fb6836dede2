import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHOD_NAMES, methods, isMethodName, eventSchemas, EVENT_NAMES, type MethodName } from './index';

describe('contract', () => {
  it('every method has zod input and output schemas and a domain.verb name', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(20);
    for (const name of METHOD_NAMES) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(methods[name].input).toBeInstanceOf(z.ZodType);
      expect(methods[name].output).toBeInstanceOf(z.ZodType);
    }
  });

  it('isMethodName accepts contract names only (no prototype keys)', () => {
    expect(isMethodName('projects.create')).toBe(true);
    expect(isMethodName('projects.nope')).toBe(false);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName(42)).toBe(false);
  });

  it('every event has a schema', () => {
    expect(EVENT_NAMES).toEqual(expect.arrayContaining(['run.progress', 'run.epoch', 'run.finished', 'run.status', 'import.progress']));
    for (const e of EVENT_NAMES) expect(eventSchemas[e]).toBeInstanceOf(z.ZodType);
  });

  const cases: { method: MethodName; input: unknown; ok: boolean; field?: string }[] = [
    { method: 'projects.create', input: { name: 'Iris' }, ok: true },
    { method: 'projects.create', input: { name: '   ' }, ok: false, field: 'name' },
    { method: 'projects.create', input: {}, ok: false, field: 'name' },
    { method: 'projects.open', input: { path: '' }, ok: false, field: 'path' },
    { method: 'datasets.addSample', input: { projectPath: '/p', sample: 'iris' }, ok: true },
    { method: 'datasets.addSample', input: { projectPath: '/p', sample: 'cifar' }, ok: false, field: 'sample' },
    { method: 'datasets.importCsv', input: { projectPath: '/p', filePath: '/a.csv' }, ok: false, field: 'target' },
    { method: 'datasets.samples', input: { projectPath: '/p', datasetId: 1, limit: 10_000 }, ok: false, field: 'limit' },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1, datasetId: 1, config: {} }, ok: true },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1, datasetId: 1, config: { epochs: 0 } }, ok: false, field: 'config.epochs' },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1, datasetId: 1, config: { learningRate: -1 } }, ok: false, field: 'config.learningRate' },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1, datasetId: 1, config: { optimizer: 'lbfgs' } }, ok: false, field: 'config.optimizer' },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1, datasetId: 1, config: { backend: 'webgpu' } }, ok: false, field: 'config.backend' },
    { method: 'runs.start', input: { projectPath: '/p', modelId: 1.5, datasetId: 1, config: {} }, ok: false, field: 'modelId' },
    { method: 'runs.predict', input: { projectPath: '/p', runId: 1, sampleIds: [] }, ok: false, field: 'sampleIds' },
    { method: 'settings.set', input: { language: 'es' }, ok: true },
    { method: 'settings.set', input: { language: 'fr' }, ok: false, field: 'language' },
    { method: 'models.save', input: { projectPath: '/p', name: 'm', graph: { version: 2, nodes: [], edges: [] } }, ok: false, field: 'graph.version' },
  ];
  for (const c of cases) {
    it(`${c.method} ${c.ok ? 'accepts' : 'refuses'} ${JSON.stringify(c.input).slice(0, 90)}`, () => {
      const r = methods[c.method].input.safeParse(c.input);
      expect(r.success).toBe(c.ok);
      if (!r.success && c.field) expect(r.error.issues[0].path.join('.')).toBe(c.field);
    });
  }

  it('runs.start fills the training defaults', () => {
    const r = methods['runs.start'].input.parse({ projectPath: '/p', modelId: 1, datasetId: 2, config: { epochs: 5 } });
    expect(r.config).toEqual({ epochs: 5, batchSize: 32, learningRate: 0.01, optimizer: 'adam', backend: 'auto', seed: 42, clipNorm: 0 });
  });
});
