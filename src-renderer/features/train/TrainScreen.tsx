import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router-store';
import { formatRoute, projectRoute } from '../../app/route';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { useModels } from '../builder/models-store';
import { useDatasets } from '../data/datasets-store';
import { NewRunForm } from './NewRunForm';
import { RunDashboard } from './RunDashboard';
import { RunsList } from './RunsList';
import { useRuns } from './runs-store';

export function TrainScreen({ projectPath, selectedId }: { projectPath: string; selectedId: number | null }) {
  const { t } = useTranslation();
  const runs = useRuns((s) => s.runs);
  const runsLoaded = useRuns((s) => s.loaded && s.projectPath === projectPath);
  const runsError = useRuns((s) => s.error);
  const loadRuns = useRuns((s) => s.load);
  const models = useModels((s) => s.models);
  const modelsLoaded = useModels((s) => s.loaded && s.projectPath === projectPath);
  const loadModels = useModels((s) => s.load);
  const datasets = useDatasets((s) => s.datasets);
  const loadDatasets = useDatasets((s) => s.load);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadRuns(projectPath);
    void loadModels(projectPath);
    void loadDatasets(projectPath);
  }, [projectPath, loadRuns, loadModels, loadDatasets]);

  const select = (id: number | null) => {
    setCreating(false);
    navigate(projectRoute(projectPath, 'train', id));
  };
  const selected = runs.find((r) => r.id === selectedId) ?? runs[0] ?? null;

  let body;
  if (!runsLoaded || !modelsLoaded) body = <Spinner label={t('common.loading')} />;
  else if (models.length === 0)
    body = (
      <EmptyState
        testId="train-needs-model"
        icon={<Icon name="layers" size={32} />}
        title={t('train.needsModel.title')}
        body={t('train.needsModel.body')}
        actions={
          <a className="btn btn-primary" href={formatRoute(projectRoute(projectPath, 'model'))}>
            <span>{t('train.needsModel.action')}</span>
          </a>
        }
      />
    );
  else {
    const form = <NewRunForm projectPath={projectPath} models={models} datasets={datasets} onStarted={(run) => select(run.id)} />;
    body = (
      <>
        {(creating || runs.length === 0) && form}
        {runs.length === 0 ? (
          <div className="intro-note" data-testid="runs-empty">
            <Icon name="chart" size={28} />
            <div>
              <h2>{t('train.empty.title')}</h2>
              <p className="muted">{t('train.empty.body')}</p>
            </div>
          </div>
        ) : (
          <div className="split-view">
            <RunsList runs={runs} selectedId={selected?.id ?? null} onSelect={select} />
            {selected && <RunDashboard key={selected.id} projectPath={projectPath} runId={selected.id} />}
          </div>
        )}
      </>
    );
  }

  return (
    <div className="screen" data-testid="train-screen">
      <header className="screen-head">
        <div>
          <h1>{t('train.title')}</h1>
          <p className="muted">{t('train.subtitle')}</p>
        </div>
        {runs.length > 0 && models.length > 0 && (
          <Button variant={creating ? 'secondary' : 'primary'} icon={<Icon name={creating ? 'close' : 'plus'} />} onClick={() => setCreating(!creating)} data-testid="toggle-new-run">
            {creating ? t('common.close') : t('train.newRun')}
          </Button>
        )}
      </header>
      <ErrorBanner error={runsError} />
      {body}
    </div>
  );
}
