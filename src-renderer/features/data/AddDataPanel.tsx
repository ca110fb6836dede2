import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { ImportCsvForm } from './ImportCsvForm';
import { ImportFolderForm } from './ImportFolderForm';
import { SampleDatasets } from './SampleDatasets';

const SOURCES = ['samples', 'csv', 'folder'] as const;
type Source = (typeof SOURCES)[number];

/** The three ways to bring data in: a sample, a CSV file, a folder of images. */
export function AddDataPanel({ projectPath, onAdded }: { projectPath: string; onAdded: (d: DatasetSummary) => void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>('samples');
  return (
    <section className="card add-data" aria-labelledby="add-data-title" data-testid="add-data">
      <div className="card-head">
        <h2 id="add-data-title" className="card-title">
          {t('data.add.title')}
        </h2>
        <div className="segmented" role="tablist" aria-label={t('data.add.title')}>
          {SOURCES.map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={source === s}
              className={`segment${source === s ? ' segment-on' : ''}`}
              onClick={() => setSource(s)}
              data-testid={`add-data-${s}`}
            >
              {t(`data.add.${s}`)}
            </button>
          ))}
        </div>
      </div>
      {source === 'samples' && <SampleDatasets projectPath={projectPath} onAdded={onAdded} />}
      {source === 'csv' && <ImportCsvForm projectPath={projectPath} onAdded={onAdded} />}
      {source === 'folder' && <ImportFolderForm projectPath={projectPath} onAdded={onAdded} />}
    </section>
  );
}
