import { useTranslation } from 'react-i18next';
import type { Task } from '../../../src-shared/data/dataset';
import { formatMetric } from '../../ui/display-format';

/** The last epoch's numbers, training next to validation. */
export function FinalMetrics({ final, task }: { final: Record<string, number>; task: Task }) {
  const { t, i18n } = useTranslation();
  const names = ['loss', task === 'classification' ? 'accuracy' : 'mae'];
  const cell = (name: string) => (typeof final[name] === 'number' ? formatMetric(name, final[name], i18n.language) : '—');
  return (
    <table className="table table-compact" data-testid="final-metrics">
      <thead>
        <tr>
          <th>{t('train.final.metric')}</th>
          <th className="num">{t('train.final.training')}</th>
          <th className="num">{t('train.final.validation')}</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <td>{t(`train.metrics.${name}`)}</td>
            <td className="num">{cell(name)}</td>
            <td className="num">{cell(`val_${name}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
