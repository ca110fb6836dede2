import { useTranslation } from 'react-i18next';
import { SPLITS, type Split } from '../../../src-shared/data/dataset';
import { Button } from '../../ui/Button';
import { formatCount } from '../../ui/display-format';
import type { SamplesPage } from './use-samples-page';

/** Split filter plus previous/next for a page of samples. */
export function Pager({ samples, pageSize }: { samples: SamplesPage; pageSize: number }) {
  const { t, i18n } = useTranslation();
  const from = samples.total === 0 ? 0 : samples.page * pageSize + 1;
  const to = Math.min(samples.total, (samples.page + 1) * pageSize);
  return (
    <div className="pager">
      <label className="pager-split">
        <span>{t('data.detail.split')}</span>
        <select className="input input-small" value={samples.split ?? ''} onChange={(e) => samples.setSplit((e.target.value || null) as Split | null)}>
          <option value="">{t('data.detail.allSplits')}</option>
          {SPLITS.map((s) => (
            <option key={s} value={s}>
              {t(`data.split.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small" data-testid="pager-range">
        {t('data.detail.range', { from: formatCount(from, i18n.language), to: formatCount(to, i18n.language), total: formatCount(samples.total, i18n.language) })}
      </span>
      <div className="pager-buttons">
        <Button small onClick={() => samples.setPage(samples.page - 1)} disabled={samples.page === 0} aria-label={t('data.detail.previous')}>
          {t('data.detail.previous')}
        </Button>
        <Button small onClick={() => samples.setPage(samples.page + 1)} disabled={samples.page + 1 >= samples.pages} aria-label={t('data.detail.next')}>
          {t('data.detail.next')}
        </Button>
      </div>
    </div>
  );
}
