import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { asApiError, type ApiError } from '../../api/api-error';
import { showToast } from '../../ui/toast-store';
import { useImportProgress } from './import-progress-store';

/**
 * One import at a time from a form or a sample card: busy while it runs, the progress bar reset
 * before and after, a toast naming the new dataset, or the error kept for the form to show.
 */
export function useDatasetImport(projectPath: string, onAdded: (dataset: DatasetSummary) => void, toastKey: 'data.import.done' | 'data.samples.added') {
  const { t } = useTranslation();
  const clearProgress = useImportProgress((s) => s.clear);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(importIt: () => Promise<DatasetSummary>): Promise<void> {
    setBusy(true);
    setError(null);
    clearProgress(projectPath);
    try {
      const dataset = await importIt();
      showToast(t(toastKey, { name: dataset.name }));
      onAdded(dataset);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      clearProgress(projectPath);
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
