import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAMPLE_DATASETS, type DatasetSummary, type SampleDatasetId } from '../../../src-shared/data/dataset';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { ImportProgressBar } from './ImportProgressBar';
import { useDatasets } from './datasets-store';
import { useDatasetImport } from './use-dataset-import';

interface SampleDatasetsProps {
  projectPath: string;
  onAdded: (dataset: DatasetSummary) => void;
}

/** Iris, Binary and MNIST: one click to have data to learn with. */
export function SampleDatasets({ projectPath, onAdded }: SampleDatasetsProps) {
  const { t } = useTranslation();
  const addSample = useDatasets((s) => s.addSample);
  const [adding, setAdding] = useState<SampleDatasetId | null>(null);
  const { error, setError, run } = useDatasetImport(projectPath, onAdded, 'data.samples.added');

  async function add(sample: SampleDatasetId) {
    setAdding(sample);
    // Named in the UI's language ("Dígitos MNIST"), like the card the user clicked.
    await run(() => addSample(projectPath, sample, t(`data.samples.${sample}.title`)));
    setAdding(null);
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
