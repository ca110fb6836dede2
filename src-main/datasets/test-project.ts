import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenProject } from '../store/project-registry';
import { ProjectRegistry } from '../store/project-registry';

// Temporary projects for this folder's tests (a plain module, so the node build type-checks it too).

export interface TempProject {
  project: OpenProject;
  /** A scratch folder beside the project for fixture files. */
  scratch: string;
  dispose(): void;
}

export function createTempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'neurona-datasets-'));
  const registry = new ProjectRegistry('0.0.0-test');
  const project = registry.create(root, 'Test');
  const scratch = join(root, 'fixtures');
  return {
    project,
    scratch,
    dispose() {
      registry.closeAll();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Row counts of the dataset tables, to show a failed import wrote nothing. */
export function datasetTableCounts(project: OpenProject): Record<string, number> {
  const count = (table: string): number => (project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { datasets: count('datasets'), samples: count('samples'), columns: count('columns'), classes: count('classes') };
}
