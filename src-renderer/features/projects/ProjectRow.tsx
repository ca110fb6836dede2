import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../src-shared/contract';
import { asApiError, type ApiError } from '../../api/api-error';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { formatDateTime, formatRelativeTime } from '../../ui/display-format';
import { showToast } from '../../ui/toast-store';
import { useProjects } from './projects-store';
import { useSharing } from '../sharing/sharing-store';

interface ProjectRowProps {
  project: ProjectSummary;
  onRename: () => void;
  onDelete: () => void;
}

export function ProjectRow({ project, onRename, onDelete }: ProjectRowProps) {
  const { t, i18n } = useTranslation();
  const forget = useProjects((s) => s.forget);
  const requestExport = useSharing((s) => s.requestExport);
  const [error, setError] = useState<ApiError | null>(null);
  const lang = i18n.language;

  async function doForget() {
    try {
      await forget(project.path);
      showToast(t('projects.row.forgotten', { name: project.name }));
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <li className={`project-row${project.exists ? '' : ' project-missing'}`} data-testid="project-row" data-name={project.name}>
      <div className="project-icon" aria-hidden="true">
        <Icon name="folder" size={22} />
      </div>
      <div className="project-main">
        {project.exists ? (
          <button type="button" className="project-name link-button" onClick={() => navigate(projectRoute(project.path))} data-testid="project-open">
            {project.name}
          </button>
        ) : (
          <span className="project-name">{project.name}</span>
        )}
        <div className="project-path mono" title={project.path}>
          {project.path}
        </div>
        <div className="project-meta">
          {!project.exists && <Badge tone="warning">{t('projects.row.missing')}</Badge>}
          {project.openedAt && (
            <span className="muted" title={formatDateTime(project.openedAt, lang)}>
              {t('projects.row.opened', { when: formatRelativeTime(project.openedAt, new Date(), lang) })}
            </span>
          )}
        </div>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
      </div>
      <div className="project-actions">
        {project.exists ? (
          <>
            <Button
              small
              icon={<Icon name="export" size={15} />}
              onClick={() => requestExport({ path: project.path, name: project.name })}
              data-testid="project-export"
              aria-label={t('sharing.exportNamed', { name: project.name })}
            >
              {t('sharing.exportAction')}
            </Button>
            <Button small icon={<Icon name="edit" size={15} />} onClick={onRename} data-testid="project-rename" aria-label={t('projects.row.renameNamed', { name: project.name })}>
              {t('projects.row.rename')}
            </Button>
            <Button small variant="ghost" icon={<Icon name="trash" size={15} />} onClick={onDelete} data-testid="project-delete" aria-label={t('projects.row.deleteNamed', { name: project.name })}>
              {t('projects.row.delete')}
            </Button>
          </>
        ) : (
          <Button small icon={<Icon name="forget" size={15} />} onClick={() => void doForget()} data-testid="project-forget">
            {t('projects.row.forget')}
          </Button>
        )}
      </div>
    </li>
  );
}
