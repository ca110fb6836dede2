import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { StudioError } from '../../src-shared/errors';

/** What a token may look like when read from a file: what we write, or anything similar a user chose. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,256}$/;

export function newToken(): string {
  return randomBytes(24).toString('hex');
}

export interface TokenFileResult {
  token: string;
  created: boolean;
  /** Set when an existing file can be read by other users (POSIX only). */
  warning?: string;
}

/**
 * `--token-file PATH`: the token is read from PATH when the file exists, otherwise a new one is
 * written there, readable by the owner only (0600), so a bookmarked link survives restarts.
 */
export function loadOrCreateToken(path: string): TokenFileResult {
  let text: string | null = null;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StudioError('FILE_NOT_FOUND', `The token file ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: path });
    }
  }
  if (text !== null) {
    const token = text.trim();
    if (!TOKEN_PATTERN.test(token)) {
      throw new StudioError('INVALID_INPUT', `The token file ${path} does not hold a token (16 to 256 letters, digits, "-", "_", "." or "~"); delete it to get a new one`, { file: path });
    }
    const mode = statSync(path).mode & 0o777;
    const warning = process.platform !== 'win32' && (mode & 0o077) !== 0 ? `${path} can be read by other users (mode ${mode.toString(8)}); chmod 600 it` : undefined;
    return { token, created: false, warning };
  }
  const token = newToken();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // 'wx': never overwrite a file another process created in the meantime.
  writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true };
}
