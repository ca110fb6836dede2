import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, type GuardedContents } from './navigation-guard';

type OpenHandler = Parameters<GuardedContents['setWindowOpenHandler']>[0];

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | null = null;
  const contents = {
    on: (name: string, listener: (...args: unknown[]) => void) => {
      emitter.on(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url, false, true);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler!({ url } as Parameters<OpenHandler>[0]);
  return { contents: contents as unknown as GuardedContents, emitter, navigate, open };
}

describe('guardNavigation', () => {
  const origins = ['app://neurona'];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other origins, allows the app', (name) => {
    const fake = fakeContents();
    guardNavigation(fake.contents, { origins, openExternal: vi.fn() });
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,x', 'about:blank']) {
      expect(fake.navigate(name, url), url).toBe(true);
    }
    expect(fake.navigate(name, 'app://neurona/index.html')).toBe(false);
    expect(fake.navigate(name, 'app://neurona/projects/1')).toBe(false);
  });

  it('denies every window.open, sending only allow-listed documentation links to the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(fake.contents, { origins, openExternal });
    for (const url of ['https://keras.io/api/', 'https://example.com/', 'http://example.com/', 'app://neurona/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share']) {
      expect(fake.open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://keras.io/api/']]);
  });

  it('never lets a <webview> attach', () => {
    const fake = fakeContents();
    guardNavigation(fake.contents, { origins, openExternal: vi.fn() });
    const event = { preventDefault: vi.fn() };
    fake.emitter.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
