import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { formatShape } from '../../../src-shared/graph/shape';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { formatCount, formatDateTime } from '../../ui/display-format';
import { showToast } from '../../ui/toast-store';
import { ClassBars } from './ClassBars';
import { ColumnsTable } from './ColumnsTable';
import { SampleRowsTable } from './SampleRowsTable';
import { ThumbnailGrid } from './ThumbnailGrid';
import { useDatasets } from './datasets-store';

interface DatasetDetailProps {
  projectPath: string;
  dataset: DatasetSummary;
  onDeleted: () => void;
}

export function DatasetDetail({ projectPath, dataset, onDeleted }: DatasetDetailProps) {
  const { t, i18n } = useTranslation();
  const remove = useDatasets((s) => s.remove);
  const [confirming, setConfirming] = useState(false);
  const n = (v: number) => formatCount(v, i18n.language);

  return (
    <div className="detail" data-testid="dataset-detail">
      <div className="detail-head">
        <div>
          <h2 className="detail-title">{dataset.name}</h2>
          <div className="item-badges">
            <Badge>{t(`data.kind.${dataset.kind}`)}</Badge>
            <Badge tone="info">{t(`data.task.${dataset.task}`)}</Badge>
            <span className="muted small">{t('data.detail.created', { when: formatDateTime(dataset.createdAt, i18n.language) })}</span>
          </div>
        </div>
        <Button variant="ghost" icon={<Icon name="trash" size={15} />} onClick={() => setConfirming(true)} data-testid="dataset-delete">
          {t('data.detail.delete')}
        </Button>
      </div>

      <div className="stat-row">
        <div className="stat">
          <span className="stat-label">{t('data.detail.samples')}</span>
          <span className="stat-value" data-testid="dataset-total">
            {n(dataset.sampleCount)}
          </span>
        </div>
        {(['train', 'val', 'test'] as const).map((split) => (
          <div className="stat" key={split}>
            <span className="stat-label">{t(`data.split.${split}`)}</span>
            <span className="stat-value" data-testid={`split-${split}`}>
              {n(dataset.splitCounts[split])}
            </span>
          </div>
        ))}
        <div className="stat">
          <span className="stat-label">{t('data.detail.inputShape')}</span>
          <span className="stat-value mono">{formatShape(dataset.inputShape)}</span>
        </div>
        {dataset.target && (
          <div className="stat">
            <span className="stat-label">{t('data.detail.target')}</span>
            <span className="stat-value">{dataset.target}</span>
          </div>
        )}
      </div>

      {dataset.task === 'classification' && (
        <section className="card" aria-labelledby="classes-title">
          <h3 id="classes-title" className="card-title">
            {t('data.detail.classes', { n: dataset.classes.length })}
          </h3>
          <ClassBars classes={dataset.classes} counts={dataset.classCounts} />
        </section>
      )}

      {dataset.kind === 'table' ? (
        <>
          <ColumnsTable columns={dataset.columns} />
          <SampleRowsTable projectPath={projectPath} dataset={dataset} />
        </>
      ) : (
        <ThumbnailGrid projectPath={projectPath} datasetId={dataset.id} />
      )}

      {confirming && (
        <ConfirmDialog
          title={t('data.delete.title', { name: dataset.name })}
          confirmLabel={t('data.delete.confirm')}
          danger
          testId="delete-dataset-dialog"
          onConfirm={async () => {
            await remove(projectPath, dataset.id);
            showToast(t('data.delete.done', { name: dataset.name }));
            onDeleted();
          }}
          onClose={() => setConfirming(false)}
        >
          <p>{t('data.delete.body', { samples: n(dataset.sampleCount) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
