import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { AddDataPanel } from './AddDataPanel';
import { DatasetDetail } from './DatasetDetail';
import { DatasetList } from './DatasetList';
import { useDatasets } from './datasets-store';

interface DataScreenProps {
  projectPath: string;
  selectedId: number | null;
}

export function DataScreen({ projectPath, selectedId }: DataScreenProps) {
  const { t } = useTranslation();
  const { datasets, loaded, error, load } = useDatasets();
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load(projectPath);
  }, [projectPath, load]);

  const select = (id: number | null) => navigate(projectRoute(projectPath, 'data', id));
  // Without a choice in the URL, the first dataset is shown rather than an empty pane.
  const selected = datasets.find((d) => d.id === selectedId) ?? datasets[0] ?? null;
  const empty = loaded && datasets.length === 0;

  function added(dataset: DatasetSummary) {
    setAdding(false);
    select(dataset.id);
  }

  return (
    <div className="screen" data-testid="data-screen">
      <header className="screen-head">
        <div>
          <h1>{t('data.title')}</h1>
          <p className="muted">{t('data.subtitle')}</p>
        </div>
        {!empty && (
          <Button variant={adding ? 'secondary' : 'primary'} icon={<Icon name={adding ? 'close' : 'plus'} />} onClick={() => setAdding(!adding)} data-testid="toggle-add-data">
            {adding ? t('common.close') : t('data.add.button')}
          </Button>
        )}
      </header>
      <ErrorBanner error={error} />
      {!loaded ? (
        <Spinner label={t('common.loading')} />
      ) : empty ? (
        <>
          <div className="intro-note" data-testid="data-empty">
            <Icon name="data" size={28} />
            <div>
              <h2>{t('data.empty.title')}</h2>
              <p className="muted">{t('data.empty.body')}</p>
            </div>
          </div>
          <AddDataPanel projectPath={projectPath} onAdded={added} />
        </>
      ) : (
        <>
          {adding && <AddDataPanel projectPath={projectPath} onAdded={added} />}
          <div className="split-view">
            <DatasetList datasets={datasets} selectedId={selected?.id ?? null} onSelect={select} />
            {selected && <DatasetDetail key={selected.id} projectPath={projectPath} dataset={selected} onDeleted={() => select(null)} />}
          </div>
        </>
      )}
    </div>
  );
}
