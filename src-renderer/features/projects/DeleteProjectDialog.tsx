import { Trans, useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showToast } from '../../ui/toast-store';
import { useProjects } from './projects-store';

export function DeleteProjectDialog({ project, onClose }: { project: ProjectSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useProjects((s) => s.remove);
  return (
    <ConfirmDialog
      title={t('projects.delete.title', { name: project.name })}
      confirmLabel={t('projects.delete.confirm')}
      danger
      testId="delete-dialog"
      onConfirm={async () => {
        await remove(project.path);
        showToast(t('projects.delete.done', { name: project.name }));
      }}
      onClose={onClose}
    >
      <p>
        <Trans i18nKey="projects.delete.body" values={{ path: project.path }} components={{ path: <code className="mono path-chip" /> }} />
      </p>
      <p className="muted">{t('projects.delete.irreversible')}</p>
    </ConfirmDialog>
  );
}
