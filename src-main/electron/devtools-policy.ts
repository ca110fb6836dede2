// In a packaged app the developer tools stay closed and out of reach: the window is made with
// `devTools: false` (no shortcut, menu or API opens them), the View menu has no entry for them,
// and a start with Chromium's remote-debugging switches (DevTools from outside the process) is
// refused. Node's --inspect is off by the fuses flipped at package time.

/** Chromium and Node switches that would expose a debugging protocol. */
export const DEBUG_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port'] as const;

/** The first debugging switch on the command line of a packaged app, or null. */
export function forbiddenDebugSwitch(commandLine: { hasSwitch(name: string): boolean }, isPackaged: boolean): string | null {
  if (!isPackaged) return null;
  return DEBUG_SWITCHES.find((name) => commandLine.hasSwitch(name)) ?? null;
}

/** Whether windows may open DevTools at all: only from a source checkout. */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}

/** Belt and braces for packaged builds: anything that still opens DevTools closes them at once. */
export function keepDevToolsClosed(contents: { on(event: 'devtools-opened', listener: () => void): unknown; closeDevTools(): void }): void {
  contents.on('devtools-opened', () => contents.closeDevTools());
}
