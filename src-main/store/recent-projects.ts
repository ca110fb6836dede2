import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { normalizeProjectPath } from './project-folder';

const RecentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));
export type RecentEntry = z.infer<typeof RecentSchema>[number];

const MAX_RECENT = 30;

/** Told about changes, so the desktop shell can mirror the list (OS recent documents, File menu). */
export interface RecentProjectsListener {
  touched?(path: string): void;
  changed?(): void;
}

/** The recent-projects list in <dataDir>/recent-projects.json, most recent first. */
export class RecentProjects {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly listener: RecentProjectsListener = {},
  ) {
    this.file = join(dataDir, 'recent-projects.json');
  }

  list(): RecentEntry[] {
    if (!existsSync(this.file)) return [];
    try {
      const parsed = RecentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  touch(path: string, name: string): RecentEntry {
    const dir = normalizeProjectPath(path);
    const entry = { path: dir, name, openedAt: new Date().toISOString() };
    this.save([entry, ...this.list().filter((e) => e.path !== dir)].slice(0, MAX_RECENT));
    this.listener.touched?.(dir);
    return entry;
  }

  clear(): void {
    this.save([]);
  }

  /** Points an entry at a renamed folder, keeping its place in the list. */
  rename(oldPath: string, newPath: string, name: string): void {
    const from = normalizeProjectPath(oldPath);
    this.save(this.list().map((e) => (e.path === from ? { ...e, path: normalizeProjectPath(newPath), name } : e)));
  }

  forget(path: string): void {
    const dir = normalizeProjectPath(path);
    this.save(this.list().filter((e) => e.path !== dir));
  }

  private save(entries: RecentEntry[]): void {
    writeFileAtomic(this.file, JSON.stringify(entries, null, 2));
    this.listener.changed?.();
  }
}
