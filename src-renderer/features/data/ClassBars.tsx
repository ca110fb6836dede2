import { useTranslation } from 'react-i18next';
import { formatCount } from '../../ui/display-format';

/** How many samples each class has, as bars, so an unbalanced dataset is visible at once. */
export function ClassBars({ classes, counts }: { classes: string[]; counts: number[] }) {
  const { i18n } = useTranslation();
  const max = Math.max(1, ...counts);
  return (
    <ul className="class-bars" data-testid="class-list">
      {classes.map((name, i) => (
        <li key={name} className="class-bar" data-testid="class-item">
          <span className="class-name">{name}</span>
          <span className="class-track">
            <span className="class-fill" style={{ width: `${((counts[i] ?? 0) / max) * 100}%` }} />
          </span>
          <span className="class-count num">{formatCount(counts[i] ?? 0, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
