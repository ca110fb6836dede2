import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatCount } from '../../ui/display-format';
import { useImportProgressFor } from './import-progress-store';

/** Shown while an import call is pending; indeterminate until the first progress event. */
export function ImportProgressBar({ projectPath, label }: { projectPath: string; label: string }) {
  const { t, i18n } = useTranslation();
  const progress = useImportProgressFor(projectPath);
  const known = progress && progress.total > 0;
  return (
    <ProgressBar
      testId="import-progress"
      label={label}
      value={known ? progress.done : null}
      max={known ? progress.total : 1}
      caption={
        known
          ? t('data.import.progress', { done: formatCount(progress.done, i18n.language), total: formatCount(progress.total, i18n.language) })
          : t('data.import.starting')
      }
    />
  );
}
