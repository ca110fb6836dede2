import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail, ModelSummary } from '../../../src-shared/contract';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { asApiError, type ApiError } from '../../api/api-error';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { formatCount, formatDateTime } from '../../ui/display-format';
import { api } from '../../api/studio-api';
import { IssueList } from './IssueList';
import { LayerTable } from './LayerTable';

interface ModelDetailViewProps {
  projectPath: string;
  model: ModelSummary;
  datasets: DatasetSummary[];
}

export function ModelDetailView({ projectPath, model, datasets }: ModelDetailViewProps) {
  const { t, i18n } = useTranslation();
  const [checkWith, setCheckWith] = useState<number | null>(model.datasetId);
  const [detail, setDetail] = useState<ModelDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api
      .call('models.get', { projectPath, modelId: model.id, ...(checkWith ? { datasetId: checkWith } : {}) })
      .then((d) => live && setDetail(d))
      .catch((err: unknown) => live && setError(asApiError(err)));
    return () => {
      live = false;
    };
  }, [projectPath, model.id, model.version, checkWith]);

  const ownDataset = datasets.find((d) => d.id === model.datasetId);

  return (
    <div className="detail" data-testid="model-detail">
      <div className="detail-head">
        <div>
          <h2 className="detail-title">{model.name}</h2>
          <div className="item-badges">
            <Badge>{t('model.version', { version: model.version })}</Badge>
            {ownDataset && <Badge tone="info">{ownDataset.name}</Badge>}
            <span className="muted small">{t('model.updated', { when: formatDateTime(model.updatedAt, i18n.language) })}</span>
          </div>
        </div>
        <Button variant="primary" icon={<Icon name="play" size={15} />} onClick={() => navigate(projectRoute(projectPath, 'train'))} data-testid="go-train">
          {t('model.trainIt')}
        </Button>
      </div>
      <ErrorBanner error={error} />
      {!detail ? (
        !error && <Spinner label={t('common.loading')} />
      ) : (
        <>
          <div className="stat-row">
            <div className="stat">
              <span className="stat-label">{t('model.layers.count')}</span>
              <span className="stat-value">{formatCount(detail.layers.length, i18n.language)}</span>
            </div>
            <div className="stat">
              <span className="stat-label">{t('model.layers.total')}</span>
              <span className="stat-value">{formatCount(detail.totalParams, i18n.language)}</span>
            </div>
            <label className="stat stat-control">
              <span className="stat-label">{t('model.checkWith')}</span>
              <select className="input input-small" value={checkWith ?? ''} onChange={(e) => setCheckWith(e.target.value ? Number(e.target.value) : null)} data-testid="check-with">
                <option value="">{t('model.checkNone')}</option>
                {datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <section className="card" aria-labelledby="issues-title">
            <h3 id="issues-title" className="card-title">
              {t('model.issues.title')}
            </h3>
            <IssueList issues={detail.issues} />
          </section>
          <section className="card" aria-labelledby="layers-title">
            <h3 id="layers-title" className="card-title">
              {t('model.layers.title')}
            </h3>
            <LayerTable layers={detail.layers} totalParams={detail.totalParams} issueNodes={new Set(detail.issues.map((i) => i.nodeId ?? ''))} />
          </section>
        </>
      )}
    </div>
  );
}
