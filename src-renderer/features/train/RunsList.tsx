import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../src-shared/contract';
import { formatCount, formatMetric, formatRelativeTime } from '../../ui/display-format';
import { RunStatusBadge } from './RunStatusBadge';
import { headlineMetric } from './chart-data';

interface RunsListProps {
  runs: RunSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function RunsList({ runs, selectedId, onSelect }: RunsListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="item-list" data-testid="runs-list" aria-label={t('train.runs')}>
      {runs.map((run) => {
        const headline = headlineMetric(run.final, run.task);
        return (
          <li key={run.id}>
            <button
              type="button"
              className="item"
              aria-current={run.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(run.id)}
              data-testid="run-item"
              data-run-id={run.id}
              data-status={run.status}
            >
              <span className="item-body">
                <span className="item-title item-title-row">
                  <span>{t('train.runTitle', { id: run.id })}</span>
                  <RunStatusBadge status={run.status} />
                </span>
                <span className="item-meta">
                  {run.modelName} · {run.datasetName}
                </span>
                <span className="item-meta">
                  {t('train.epochsDone', { done: formatCount(run.epochsCompleted, i18n.language), total: formatCount(run.config.epochs, i18n.language) })}
                  {headline && ` · ${t(`train.metrics.${headline.name}`)} ${formatMetric(headline.name, headline.value, i18n.language)}`}
                </span>
                <span className="item-meta muted">{formatRelativeTime(run.createdAt, new Date(), i18n.language)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
