import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../src-shared/contract';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { ProjectRow } from './ProjectRow';
import { RenameProjectDialog } from './RenameProjectDialog';
import { useProjects } from './projects-store';

type Pending = { action: 'rename' | 'delete'; project: ProjectSummary } | null;

export function RecentProjects() {
  const { t } = useTranslation();
  const recent = useProjects((s) => s.recent);
  const loaded = useProjects((s) => s.loaded);
  const requestFocus = useProjects((s) => s.requestFocus);
  const [pending, setPending] = useState<Pending>(null);

  return (
    <section className="card card-list" aria-labelledby="recent-title">
      <h2 id="recent-title" className="card-title">
        {t('projects.recent.title')}
      </h2>
      {!loaded ? (
        <div className="loading-row">
          <Spinner label={t('common.loading')} />
        </div>
      ) : recent.length === 0 ? (
        <EmptyState
          testId="projects-empty"
          icon={<Icon name="folder" size={32} />}
          title={t('projects.recent.emptyTitle')}
          body={t('projects.recent.emptyBody')}
          actions={
            <button type="button" className="btn btn-primary" onClick={() => requestFocus('new')}>
              <span>{t('projects.recent.emptyAction')}</span>
            </button>
          }
        />
      ) : (
        <ul className="project-list" data-testid="recent-projects">
          {recent.map((project) => (
            <ProjectRow
              key={project.path}
              project={project}
              onRename={() => setPending({ action: 'rename', project })}
              onDelete={() => setPending({ action: 'delete', project })}
            />
          ))}
        </ul>
      )}
      {pending?.action === 'rename' && <RenameProjectDialog project={pending.project} onClose={() => setPending(null)} />}
      {pending?.action === 'delete' && <DeleteProjectDialog project={pending.project} onClose={() => setPending(null)} />}
    </section>
  );
}
