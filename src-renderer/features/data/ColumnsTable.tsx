import { useTranslation } from 'react-i18next';
import type { ColumnSummary } from '../../../src-shared/data/dataset';
import { Badge } from '../../ui/Badge';
import { formatCount, formatMetric } from '../../ui/display-format';

/** Table datasets: each column's type, role, missing values and range. */
export function ColumnsTable({ columns }: { columns: ColumnSummary[] }) {
  const { t, i18n } = useTranslation();
  const num = (v: number | null) => (v === null ? '—' : formatMetric('value', v, i18n.language));
  return (
    <section className="card" aria-labelledby="columns-title">
      <h3 id="columns-title" className="card-title">
        {t('data.detail.columns')}
      </h3>
      <div className="table-scroll">
        <table className="table" data-testid="columns-table">
          <thead>
            <tr>
              <th>{t('data.columns.name')}</th>
              <th>{t('data.columns.type')}</th>
              <th>{t('data.columns.role')}</th>
              <th className="num">{t('data.columns.missing')}</th>
              <th className="num">{t('data.columns.min')}</th>
              <th className="num">{t('data.columns.max')}</th>
              <th className="num">{t('data.columns.mean')}</th>
              <th className="num">{t('data.columns.distinct')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.index} data-testid="column-row">
                <td>
                  <strong>{c.name}</strong>
                </td>
                <td>{t(`data.columnType.${c.type}`)}</td>
                <td>
                  <Badge tone={c.role === 'target' ? 'accent' : c.role === 'ignore' ? 'neutral' : 'info'}>{t(`data.columnRole.${c.role}`)}</Badge>
                </td>
                <td className="num">{formatCount(c.missing, i18n.language)}</td>
                <td className="num">{num(c.min)}</td>
                <td className="num">{num(c.max)}</td>
                <td className="num">{num(c.mean)}</td>
                <td className="num">{formatCount(c.distinct, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
