import { isAbsolute, resolve } from 'node:path';

/**
 * The paths a user handed the app on its command line (a project folder, an archive, a CSV
 * file…), from `process.argv` at start or the `second-instance` event's argv: everything after
 * the executable that is not a switch, minus the app folder Electron itself is given in
 * development (`electron .`), resolved against the directory the command was run in.
 */
export function launchPaths(argv: readonly string[], options: { cwd: string; isPackaged: boolean }): string[] {
  const positionals = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  const given = options.isPackaged ? positionals : positionals.slice(1);
  return given.map((p) => (isAbsolute(p) ? p : resolve(options.cwd, p)));
}
