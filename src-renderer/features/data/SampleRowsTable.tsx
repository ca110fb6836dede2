import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { Pager } from './Pager';
import { useSamplesPage } from './use-samples-page';

const PAGE_SIZE = 20;

/** Table datasets: the rows themselves, a page at a time, with their split. */
export function SampleRowsTable({ projectPath, dataset }: { projectPath: string; dataset: DatasetSummary }) {
  const { t, i18n } = useTranslation();
  const samples = useSamplesPage(projectPath, dataset.id, PAGE_SIZE);
  const columns = dataset.columns.map((c) => c.name);
  const cellNumber = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 6, useGrouping: false });
  return (
    <section className="card" aria-labelledby="rows-title">
      <div className="card-head">
        <h3 id="rows-title" className="card-title">
          {t('data.detail.rows')}
        </h3>
        {samples.loading && <Spinner label={t('common.loading')} />}
      </div>
      <Pager samples={samples} pageSize={PAGE_SIZE} />
      <ErrorBanner error={samples.error} />
      <div className="table-scroll">
        <table className="table" data-testid="rows-table">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('data.detail.split')}</th>
              {columns.map((c) => (
                <th key={c} className={c === dataset.target ? 'col-target' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {samples.rows.map((row, i) => (
              <tr key={row.id}>
                <td className="muted num">{samples.page * PAGE_SIZE + i + 1}</td>
                <td>{t(`data.split.${row.split}`)}</td>
                {columns.map((c) => {
                  const value = row.values?.[c] ?? null;
                  return (
                    <td key={c} className={c === dataset.target ? 'col-target' : typeof value === 'number' ? 'num' : undefined}>
                      {value === null || value === '' ? <span className="muted">—</span> : typeof value === 'number' ? cellNumber.format(value) : value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
