import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router-store';
import { formatRoute, projectRoute } from '../../app/route';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { useDatasets } from '../data/datasets-store';
import { CreateModelForm } from './CreateModelForm';
import { ModelDetailView } from './ModelDetailView';
import { useModels } from './models-store';

export function ModelScreen({ projectPath, selectedId }: { projectPath: string; selectedId: number | null }) {
  const { t } = useTranslation();
  const { models, loaded, error, load } = useModels();
  const datasets = useDatasets((s) => s.datasets);
  const datasetsLoaded = useDatasets((s) => s.loaded && s.projectPath === projectPath);
  const loadDatasets = useDatasets((s) => s.load);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load(projectPath);
    void loadDatasets(projectPath);
  }, [projectPath, load, loadDatasets]);

  const select = (id: number | null) => navigate(projectRoute(projectPath, 'model', id));
  const selected = models.find((m) => m.id === selectedId) ?? (creating ? null : (models[models.length - 1] ?? null));
  const datasetName = (id: number | null) => datasets.find((d) => d.id === id)?.name;

  let body;
  if (!loaded || !datasetsLoaded) body = <Spinner label={t('common.loading')} />;
  else if (datasets.length === 0)
    body = (
      <EmptyState
        testId="model-needs-data"
        icon={<Icon name="data" size={32} />}
        title={t('model.needsData.title')}
        body={t('model.needsData.body')}
        actions={
          <a className="btn btn-primary" href={formatRoute(projectRoute(projectPath, 'data'))}>
            <span>{t('model.needsData.action')}</span>
          </a>
        }
      />
    );
  else if (models.length === 0 || creating)
    body = (
      <>
        {models.length === 0 && (
          <div className="intro-note" data-testid="models-empty">
            <Icon name="layers" size={28} />
            <div>
              <h2>{t('model.empty.title')}</h2>
              <p className="muted">{t('model.empty.body')}</p>
            </div>
          </div>
        )}
        <CreateModelForm
          projectPath={projectPath}
          datasets={datasets}
          onCreated={(m) => {
            setCreating(false);
            select(m.id);
          }}
        />
      </>
    );
  else
    body = (
      <div className="split-view">
        <ul className="item-list" data-testid="model-list" aria-label={t('model.list')}>
          {models.map((m) => (
            <li key={m.id}>
              <button type="button" className="item" aria-current={m.id === selected?.id ? 'true' : undefined} onClick={() => select(m.id)} data-testid="model-item">
                <span className="item-icon">
                  <Icon name="layers" />
                </span>
                <span className="item-body">
                  <span className="item-title">{m.name}</span>
                  <span className="item-badges">
                    <Badge>{t('model.version', { version: m.version })}</Badge>
                    {datasetName(m.datasetId) && <Badge tone="info">{datasetName(m.datasetId)}</Badge>}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        {selected && <ModelDetailView key={selected.id} projectPath={projectPath} model={selected} datasets={datasets} />}
      </div>
    );

  return (
    <div className="screen" data-testid="model-screen">
      <header className="screen-head">
        <div>
          <h1>{t('model.title')}</h1>
          <p className="muted">{t('model.subtitle')}</p>
        </div>
        {models.length > 0 && datasets.length > 0 && (
          <Button variant={creating ? 'secondary' : 'primary'} icon={<Icon name={creating ? 'close' : 'plus'} />} onClick={() => setCreating(!creating)} data-testid="toggle-create-model">
            {creating ? t('common.close') : t('model.create.button')}
          </Button>
        )}
      </header>
      <ErrorBanner error={error} />
      {body}
    </div>
  );
}
