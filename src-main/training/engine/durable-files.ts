import { open } from 'node:fs/promises';

// Crash-safe writes: data is fsynced before a rename makes it visible, and the directory entry
// itself is fsynced after the rename (POSIX; Windows cannot open directories and skips that step).

export async function writeFileDurably(path: string, data: Uint8Array | string): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
}

export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
