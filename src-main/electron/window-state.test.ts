import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SIZE, initialBounds, readWindowState, trackWindowState, writeWindowState, type Rect, type WindowState } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('initialBounds', () => {
  const saved = (over: Partial<WindowState> = {}): WindowState => ({ x: 100, y: 80, width: 1400, height: 900, maximized: false, ...over });

  it('first start: the default size, centred by Electron', () => {
    expect(initialBounds(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('restores position, size and maximized state when they are on a screen', () => {
    expect(initialBounds(saved({ maximized: true }), [laptop])).toEqual({ bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true });
    expect(initialBounds(saved({ x: 2000 }), [laptop, rightMonitor]).bounds).toMatchObject({ x: 2000 });
  });

  it('a window left on a monitor that is gone opens at the default place', () => {
    const r = initialBounds(saved({ x: 2000, width: 1600 }), [laptop]);
    expect(r.bounds).not.toHaveProperty('x');
    expect(r.bounds.width).toBe(1280);
  });

  it('shrinks a window larger than its screen, never below the minimum', () => {
    expect(initialBounds(saved({ x: 0, y: 0, width: 4000, height: 3000 }), [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
    expect(initialBounds(saved({ width: 10, height: 10 }), [laptop]).bounds).toMatchObject({ width: 900, height: 600 });
  });

  it('a title bar above the top of every screen does not count as visible', () => {
    expect(initialBounds(saved({ y: -500 }), [laptop]).bounds).not.toHaveProperty('y');
  });
});

describe('window-state.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'neurona-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips, and a damaged or foreign file reads as none', () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    const state = { x: 1, y: 2, width: 1000, height: 700, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    writeFileSync(file, '{"x": "left"}');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, 'not json');
    expect(readWindowState(file)).toBeNull();
  });
});

describe('trackWindowState', () => {
  afterEach(() => vi.useRealTimers());

  function fakeWindow() {
    const win = Object.assign(new EventEmitter(), {
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
      destroyed: false,
      getNormalBounds: () => win.bounds,
      isMaximized: () => win.maximized,
      isDestroyed: () => win.destroyed,
    });
    return win;
  }

  it('saves once after a burst of moves settles, and at once on close', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 500);
    for (let i = 0; i < 10; i++) {
      win.bounds = { ...win.bounds, x: 10 + i };
      win.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ x: 19, y: 20, width: 1000, height: 700, maximized: false });
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ x: 19, y: 20, width: 1000, height: 700, maximized: true });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reads nothing from a destroyed window', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win, save);
    win.destroyed = true;
    win.emit('close');
    expect(save).not.toHaveBeenCalled();
  });

  it('writes what it saves to disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neurona-window-'));
    const file = join(dir, 'w.json');
    const win = fakeWindow();
    trackWindowState(win, (s) => writeWindowState(file, s));
    win.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    rmSync(dir, { recursive: true, force: true });
  });
});
