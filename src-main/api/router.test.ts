import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';
import { StudioError } from '../../src-shared/errors';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  // Only the methods a test calls are given; calling another one is a test bug.
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (() => { throw new Error(`unexpected call ${key}`); }),
  });
}

describe('router', () => {
  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const r = await createRouter(handlersWith({})).call('projects.explode', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method "projects.explode"', details: { method: 'projects.explode' } } });
  });

  it('validates input before the handler runs, naming the field', async () => {
    const handler = vi.fn();
    const r = await createRouter(handlersWith({ 'projects.create': handler })).call('projects.create', { name: '' });
    expect(handler).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toMatch(/^Invalid input for projects\.create: name: /);
      expect(r.error.details).toEqual({ method: 'projects.create', field: 'name' });
    }
  });

  it('passes parsed input (with defaults) to the handler and returns its value', async () => {
    const router = createRouter(handlersWith({ 'settings.set': (input) => ({ language: input.language ?? 'system' }) }), { validateOutput: true });
    expect(await router.call('settings.set', { language: 'es' })).toEqual({ ok: true, value: { language: 'es' } });
  });

  it('keeps a StudioError code, message and details', async () => {
    const router = createRouter(
      handlersWith({
        'projects.open': () => {
          throw new StudioError('PROJECT_NOT_FOUND', 'No Neurona project at /x', { path: '/x' });
        },
      }),
    );
    expect(await router.call('projects.open', { path: '/x' })).toEqual({
      ok: false,
      error: { code: 'PROJECT_NOT_FOUND', message: 'No Neurona project at /x', details: { path: '/x' } },
    });
  });

  it('turns an unexpected error into INTERNAL without a stack, and reports it', async () => {
    const onInternalError = vi.fn();
    const router = createRouter(handlersWith({ 'projects.list': () => { throw new TypeError('x is undefined'); } }), { onInternalError });
    const r = await router.call('projects.list', {});
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'x is undefined' } });
    expect(onInternalError).toHaveBeenCalledWith('projects.list', expect.any(TypeError));
  });

  it('catches a handler that breaks the output contract when asked to', async () => {
    const router = createRouter(handlersWith({ 'settings.get': () => ({ language: 'klingon' }) as never }), { validateOutput: true });
    const r = await router.call('settings.get', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/breaks the contract/);
  });

  it('invoke throws StudioError for the CLI', async () => {
    const router = createRouter(handlersWith({}));
    await expect(router.invoke('projects.open', { path: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('router: inputs that nest too deep', () => {
  it('refuses them as INVALID_INPUT before zod (or anything recursive) sees them', async () => {
    const router = createRouter({ 'app.info': () => ({ version: '1', mode: 'browser', dataDir: '/d', defaultProjectsDir: '/d', platform: 'linux' }) } as never);
    const deep = JSON.parse(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    await expect(router.call('app.info', deep)).resolves.toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Invalid input for app.info: it nests deeper than 64 levels', details: { method: 'app.info', field: '(input)', reason: 'too_deep' } },
    });
  });
});
