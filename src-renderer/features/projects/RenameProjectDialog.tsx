import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../src-shared/contract';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { showToast } from '../../ui/toast-store';
import { useProjects } from './projects-store';

export function RenameProjectDialog({ project, onClose }: { project: ProjectSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useProjects((s) => s.rename);
  const [name, setName] = useState(project.name);
  const trimmed = name.trim();

  return (
    <FormDialog
      title={t('projects.rename.title', { name: project.name })}
      submitLabel={t('projects.rename.submit')}
      canSubmit={trimmed.length > 0 && trimmed !== project.name}
      onSubmit={async () => {
        await rename(project.path, trimmed);
        showToast(t('projects.rename.done', { name: trimmed }));
      }}
      onClose={onClose}
      testId="rename-dialog"
    >
      <Field label={t('projects.new.name')}>
        {(id) => <input id={id} className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="rename-input" />}
      </Field>
    </FormDialog>
  );
}
