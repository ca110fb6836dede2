import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../src-shared/contract';
import { ApiError, asApiError } from './api-error';
import { createApiClient } from './client';
import type { Transport } from './transport';

function fakeTransport(answer: (method: string, input: unknown) => CallResult<unknown>) {
  const handlers = new Map<string, (p: unknown) => void>();
  const calls: [string, unknown][] = [];
  const transport: Transport = {
    invoke: async (method, input) => {
      calls.push([method, input]);
      return answer(method, input);
    },
    on: (event, cb) => {
      handlers.set(event, cb);
      return () => handlers.delete(event);
    },
    onConnectionChange: () => () => {},
  };
  return { transport, handlers, calls };
}

describe('api client', () => {
  it('returns the value of a successful call', async () => {
    const { transport, calls } = fakeTransport(() => ({ ok: true, value: { recent: [], defaultDir: '/home/u/Neurona' } }));
    const api = createApiClient(transport);
    const out = await api.call('projects.list', {});
    expect(out.defaultDir).toBe('/home/u/Neurona');
    expect(calls).toEqual([['projects.list', {}]]);
  });

  it('throws an ApiError carrying code, message and details on failure', async () => {
    const { transport } = fakeTransport(() => ({
      ok: false,
      error: { code: 'MODEL_OUTPUT_MISMATCH', message: 'Last layer has 10 units', details: { units: 10, classes: 3 } },
    }));
    const api = createApiClient(transport);
    const err = await api.call('runs.start', { projectPath: '/p', modelId: 1, datasetId: 2, config: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'MODEL_OUTPUT_MISMATCH', message: 'Last layer has 10 units', details: { units: 10, classes: 3 } });
  });

  it('subscribes to events by name and unsubscribes', () => {
    const { transport, handlers } = fakeTransport(() => ({ ok: true, value: null }));
    const api = createApiClient(transport);
    const seen: number[] = [];
    const off = api.on('run.epoch', (p) => seen.push(p.epoch));
    handlers.get('run.epoch')!({ projectPath: '/p', runId: 1, epoch: 4, metrics: {} });
    expect(seen).toEqual([4]);
    off();
    expect(handlers.has('run.epoch')).toBe(false);
  });
});

describe('asApiError', () => {
  it('keeps ApiErrors, adopts coded objects and hides other throwables behind INTERNAL', () => {
    const e = new ApiError('NOT_FOUND', 'gone');
    expect(asApiError(e)).toBe(e);
    expect(asApiError({ code: 'CSV_EMPTY', message: 'empty', details: { file: 'a.csv' } })).toMatchObject({
      code: 'CSV_EMPTY',
      details: { file: 'a.csv' },
    });
    const internal = asApiError(new TypeError('x is undefined'));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.details).toEqual({});
  });
});
