import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { devToolsAllowed, forbiddenDebugSwitch, keepDevToolsClosed } from './devtools-policy';
import { secureWindowOptions } from './window-options';

const commandLine = (...switches: string[]) => ({ hasSwitch: (name: string) => switches.includes(name) });

describe('DevTools in packaged builds', () => {
  it('windows of a packaged app are made with devTools: false; a source checkout keeps them', () => {
    const packaged = secureWindowOptions({ preloadPath: '/p.cjs', title: 'T', devTools: devToolsAllowed(true) });
    expect(packaged.webPreferences!.devTools).toBe(false);
    const dev = secureWindowOptions({ preloadPath: '/p.cjs', title: 'T', devTools: devToolsAllowed(false) });
    expect(dev.webPreferences!.devTools).toBe(true);
  });

  it('refuses remote-debugging and inspect switches in a packaged app only', () => {
    expect(forbiddenDebugSwitch(commandLine(), true)).toBeNull();
    expect(forbiddenDebugSwitch(commandLine('remote-debugging-port'), true)).toBe('remote-debugging-port');
    expect(forbiddenDebugSwitch(commandLine('remote-debugging-pipe'), true)).toBe('remote-debugging-pipe');
    expect(forbiddenDebugSwitch(commandLine('inspect-brk'), true)).toBe('inspect-brk');
    expect(forbiddenDebugSwitch(commandLine('remote-debugging-port'), false)).toBeNull();
  });

  it('closes DevTools the moment anything opens them', () => {
    const contents = Object.assign(new EventEmitter(), { closeDevTools: vi.fn() });
    keepDevToolsClosed(contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalledTimes(1);
  });
});
