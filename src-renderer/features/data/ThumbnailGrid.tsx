import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { Pager } from './Pager';
import { useSamplesPage } from './use-samples-page';

const PAGE_SIZE = 48;

/** Image datasets: thumbnails with their label, a page at a time. */
export function ThumbnailGrid({ projectPath, datasetId }: { projectPath: string; datasetId: number }) {
  const { t } = useTranslation();
  const samples = useSamplesPage(projectPath, datasetId, PAGE_SIZE);
  return (
    <section className="card" aria-labelledby="thumbs-title">
      <div className="card-head">
        <h3 id="thumbs-title" className="card-title">
          {t('data.detail.images')}
        </h3>
        {samples.loading && <Spinner label={t('common.loading')} />}
      </div>
      <Pager samples={samples} pageSize={PAGE_SIZE} />
      <ErrorBanner error={samples.error} />
      <ul className="thumb-grid" data-testid="thumbnail-grid">
        {samples.rows.map((row) => (
          <li key={row.id} className="thumb" data-testid="thumbnail" title={row.originalName ?? undefined}>
            {row.thumbnail ? <img src={row.thumbnail} alt={row.label ?? ''} /> : <div className="thumb-missing" />}
            <span className="thumb-label">{row.label ?? t('data.detail.unlabeled')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
