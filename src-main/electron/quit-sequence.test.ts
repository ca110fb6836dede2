import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit } from './quit-sequence';

function fakeApp() {
  const emitter = new EventEmitter();
  const app = {
    on: (name: string, l: (...a: unknown[]) => void) => emitter.on(name, l),
    quit: vi.fn(),
  };
  const willQuit = () => {
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-quit', event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { app, willQuit };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('closeBeforeQuit', () => {
  it('holds the quit until the studio has closed, once, then quits for real', async () => {
    const { app, willQuit } = fakeApp();
    let finishClose!: () => void;
    const close = vi.fn(() => new Promise<void>((r) => (finishClose = r)));
    closeBeforeQuit(app as never, close);

    expect(willQuit()).toBe(true);
    expect(willQuit()).toBe(true); // a second quit while closing is held too
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(willQuit()).toBe(false); // the real quit goes through
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing fails, reporting the error', async () => {
    const { app, willQuit } = fakeApp();
    const onError = vi.fn();
    closeBeforeQuit(app as never, () => Promise.reject(new Error('db busy')), { onError });
    willQuit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'db busy' }));
  });

  it('does not wait forever for a close that hangs', async () => {
    vi.useFakeTimers();
    const { app, willQuit } = fakeApp();
    const onError = vi.fn();
    closeBeforeQuit(app as never, () => new Promise<void>(() => {}), { timeoutMs: 1000, onError });
    willQuit();
    await vi.advanceTimersByTimeAsync(999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalled();
    expect(onError).toHaveBeenCalled();
  });
});
