import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAMPLE_DATASETS, type DatasetSummary, type SampleDatasetId } from '../../../src-shared/data/dataset';
import { asApiError, type ApiError } from '../../api/api-error';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toast-store';
import { ImportProgressBar } from './ImportProgressBar';
import { useDatasets } from './datasets-store';
import { useImportProgress } from './import-progress-store';

interface SampleDatasetsProps {
  projectPath: string;
  onAdded: (dataset: DatasetSummary) => void;
}

/** Iris, Binary and MNIST: one click to have data to learn with. */
export function SampleDatasets({ projectPath, onAdded }: SampleDatasetsProps) {
  const { t } = useTranslation();
  const addSample = useDatasets((s) => s.addSample);
  const clearProgress = useImportProgress((s) => s.clear);
  const [adding, setAdding] = useState<SampleDatasetId | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function add(sample: SampleDatasetId) {
    setAdding(sample);
    setError(null);
    clearProgress(projectPath);
    try {
      // Named in the UI's language ("Dígitos MNIST"), like the card the user clicked.
      const dataset = await addSample(projectPath, sample, t(`data.samples.${sample}.title`));
      showToast(t('data.samples.added', { name: dataset.name }));
      onAdded(dataset);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      clearProgress(projectPath);
      setAdding(null);
    }
  }

  return (
    <div className="sample-grid-wrap">
      <div className="sample-grid">
        {SAMPLE_DATASETS.map((id) => (
          <div key={id} className="sample-card" data-testid={`sample-${id}`}>
            <div className="sample-head">
              <Icon name={id === 'mnist' ? 'image' : 'table'} size={20} />
              <strong>{t(`data.samples.${id}.title`)}</strong>
            </div>
            <p className="muted small">{t(`data.samples.${id}.body`)}</p>
            <Button
              small
              variant="primary"
              busy={adding === id}
              disabled={adding !== null && adding !== id}
              onClick={() => void add(id)}
              data-testid={`add-sample-${id}`}
              icon={<Icon name="plus" size={15} />}
            >
              {t('data.samples.add')}
            </Button>
          </div>
        ))}
      </div>
      {adding && <ImportProgressBar projectPath={projectPath} label={t('data.samples.adding', { name: t(`data.samples.${adding}.title`) })} />}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </div>
  );
}
