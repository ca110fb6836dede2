import { join } from 'node:path';
import { StudioError } from '../../src-shared/errors';
import { openDatabase, type Db } from './database';
import { BlobStore } from './blob-store';
import { BLOBS_DIR, PROJECT_DB, isProjectFolder, makeProjectFolder, normalizeProjectPath, projectDirFor, validateProjectName } from './project-folder';
import { getProject, initProject } from './repos/project-repo';
import { interruptOrphanedRuns } from './repos/runs-repo';

export interface OpenProject {
  dir: string;
  db: Db;
  blobs: BlobStore;
}

/**
 * The projects this process has open, one SQLite connection each. Opening a project the first time
 * turns the runs an earlier process left active into `interrupted` (their worker is gone).
 */
export class ProjectRegistry {
  private readonly open = new Map<string, OpenProject>();

  constructor(private readonly appVersion: string) {}

  get(projectPath: string): OpenProject {
    const dir = normalizeProjectPath(projectPath);
    const cached = this.open.get(dir);
    if (cached) return cached;
    if (!isProjectFolder(dir)) {
      throw new StudioError('PROJECT_NOT_FOUND', `No Neurona project at ${dir} (it has no ${PROJECT_DB})`, { path: dir });
    }
    const db = openDatabase(join(dir, PROJECT_DB));
    if (!getProject(db)) {
      db.close();
      throw new StudioError('PROJECT_DB_CORRUPT', `${join(dir, PROJECT_DB)} has no project record`, { path: dir });
    }
    interruptOrphanedRuns(db, new Set());
    const project = { dir, db, blobs: new BlobStore(join(dir, BLOBS_DIR)) };
    this.open.set(dir, project);
    return project;
  }

  create(parentDir: string, rawName: string): OpenProject {
    const name = validateProjectName(rawName);
    return this.createAt(projectDirFor(parentDir, name), name);
  }

  /** Creates a project in exactly this folder (the CLI's --project DIR). */
  createAt(projectPath: string, rawName: string): OpenProject {
    const name = validateProjectName(rawName);
    const dir = normalizeProjectPath(projectPath);
    makeProjectFolder(dir);
    const db = openDatabase(join(dir, PROJECT_DB));
    initProject(db, name, this.appVersion);
    const project = { dir, db, blobs: new BlobStore(join(dir, BLOBS_DIR)) };
    this.open.set(dir, project);
    return project;
  }

  isOpen(projectPath: string): boolean {
    return this.open.has(normalizeProjectPath(projectPath));
  }

  close(projectPath: string): void {
    const dir = normalizeProjectPath(projectPath);
    const p = this.open.get(dir);
    if (!p) return;
    this.open.delete(dir);
    p.db.close();
  }

  closeAll(): void {
    for (const dir of [...this.open.keys()]) this.close(dir);
  }
}
