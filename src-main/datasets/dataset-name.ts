import type { Db } from '../store/database';
import { datasetNameTaken } from '../store/repos/datasets-repo';

/** The name itself when free, else "Name (2)", "Name (3)", …; call inside the insert's transaction. */
export function uniqueDatasetName(db: Db, wanted: string): string {
  const base = wanted.trim() || 'Dataset';
  if (!datasetNameTaken(db, base)) return base;
  for (let k = 2; ; k += 1) {
    const candidate = `${base} (${k})`;
    if (!datasetNameTaken(db, candidate)) return candidate;
  }
}
