import { useTranslation } from 'react-i18next';
import type { ExportSummary } from '../../../src-shared/contract';
import { Icon } from '../../ui/Icon';
import { formatDateTime } from '../../ui/display-format';

/** Where an export went and which files it wrote, each with what it is for. */
export function ExportResult({ summary, highlight }: { summary: ExportSummary; highlight?: boolean }) {
  const { t, i18n } = useTranslation();
  const known = ['model.json', 'weights.bin', 'metadata.json'];
  return (
    <div className={`export-result${highlight ? ' export-result-new' : ''}`} data-testid={highlight ? 'export-result' : 'export-item'}>
      <div className="export-head">
        <Icon name={highlight ? 'check' : 'folder'} />
        <div>
          <div className="mono export-dir" data-testid="export-dir">
            {summary.dir}
          </div>
          <div className="muted small">
            {summary.runId !== null ? t('export.fromRun', { id: summary.runId }) : t('export.noRun')} · {t(`export.formats.${summary.format}`)} ·{' '}
            {formatDateTime(summary.createdAt, i18n.language)}
          </div>
        </div>
      </div>
      <ul className="file-list">
        {summary.files.map((file) => {
          const base = file.split(/[\\/]/).pop() ?? file;
          return (
            <li key={file} data-testid="export-file">
              <code className="mono">{file}</code>
              {known.includes(base) && <span className="muted small">{t(`export.files.${base.replace('.', '_')}`)}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
