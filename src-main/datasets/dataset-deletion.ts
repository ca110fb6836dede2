import { StudioError } from '../../src-shared/errors';
import type { OpenProject } from '../store/project-registry';
import { deleteDataset as deleteDatasetRow } from '../store/repos/datasets-repo';
import { runsUsingDataset } from '../store/repos/runs-repo';
import { requireDataset } from './dataset-summary';

/**
 * Deletes a dataset with its classes, columns and samples (cascade). Refused while runs use it:
 * their metrics and checkpoints only make sense with their data. Blobs stay: they are
 * content-addressed and may be shared with other datasets.
 */
export function deleteDataset(project: OpenProject, datasetId: number): void {
  const db = project.db;
  db.transaction(() => {
    const row = requireDataset(db, datasetId);
    const runs = runsUsingDataset(db, datasetId);
    if (runs > 0) {
      throw new StudioError(
        'DATASET_IN_USE',
        `Dataset "${row.name}" is used by ${runs} training run${runs === 1 ? '' : 's'}; delete ${runs === 1 ? 'that run' : 'those runs'} first`,
        { datasetId, name: row.name, runs },
      );
    }
    deleteDatasetRow(db, datasetId);
  })();
}
