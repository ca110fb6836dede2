import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Same folder Electron's app.getPath('userData') gives for this app, so both modes share settings and recents. */
export function defaultDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'neurona-studio');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'neurona-studio');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'neurona-studio');
}

export function defaultDocumentsDir(): string {
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}
