import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { Badge } from '../../ui/Badge';
import { Icon } from '../../ui/Icon';
import { formatCount } from '../../ui/display-format';

interface DatasetListProps {
  datasets: DatasetSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function DatasetList({ datasets, selectedId, onSelect }: DatasetListProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatCount(v, i18n.language);
  return (
    <ul className="item-list" data-testid="dataset-list" aria-label={t('data.list.title')}>
      {datasets.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            className="item"
            aria-current={d.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(d.id)}
            data-testid="dataset-item"
            data-name={d.name}
          >
            <span className="item-icon">
              <Icon name={d.kind === 'images' ? 'image' : 'table'} />
            </span>
            <span className="item-body">
              <span className="item-title">{d.name}</span>
              <span className="item-badges">
                <Badge>{t(`data.kind.${d.kind}`)}</Badge>
                <Badge tone="info">{t(`data.task.${d.task}`)}</Badge>
                {d.task === 'classification' && <Badge tone="accent">{t('data.list.classes', { n: d.classes.length })}</Badge>}
              </span>
              <span className="item-meta" data-testid="dataset-counts">
                {t('data.list.counts', { train: n(d.splitCounts.train), val: n(d.splitCounts.val), test: n(d.splitCounts.test) })}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
