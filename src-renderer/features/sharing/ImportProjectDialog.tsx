import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';
import { PathInput } from '../../ui/PathInput';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toast-store';
import { useProjects } from '../projects/projects-store';
import { useArchiveProgressFor } from './archive-progress-store';

/** Import a shared .neurona.zip: which file, where its folder goes, an optional new name; then open it. */
export function ImportProjectDialog({ initialFile, onClose }: { initialFile: string; onClose: () => void }) {
  const { t } = useTranslation();
  const defaultDir = useProjects((s) => s.defaultDir);
  const reload = useProjects((s) => s.load);
  const [file, setFile] = useState(initialFile);
  const [location, setLocation] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const progress = useArchiveProgressFor('import');
  const parentDir = (location ?? defaultDir).trim();

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const project = await api.call('projects.importArchive', {
        file: file.trim(),
        ...(parentDir ? { parentDir } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      void reload();
      showToast(t('sharing.import.done', { name: project.name }));
      onClose();
      navigate(projectRoute(project.path, 'data'));
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      title={t('sharing.import.title')}
      busy={busy}
      error={error}
      onClose={onClose}
      onOpen={(dialog) => dialog.querySelector<HTMLInputElement>('input')?.focus()}
      testId="import-project-dialog"
      wrap={(content) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file.trim() && !busy) void run();
          }}
        >
          {content}
        </form>
      )}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!file.trim()} data-testid="import-project-submit">
            {t('sharing.import.submit')}
          </Button>
        </>
      }
    >
      <Field label={t('sharing.import.file')}>
        {(id) => (
          <PathInput
            id={id}
            value={file}
            onChange={setFile}
            pick="file"
            extensions={['zip']}
            dialogTitle={t('sharing.import.title')}
            placeholder={t('sharing.import.filePlaceholder')}
            testId="import-project-file"
          />
        )}
      </Field>
      <Field label={t('sharing.import.location')} hint={t('sharing.import.locationHint')}>
        {(id) => <PathInput id={id} value={location ?? defaultDir} onChange={setLocation} pick="directory" dialogTitle={t('sharing.import.location')} testId="import-project-location" />}
      </Field>
      <Field label={t('sharing.import.name')} hint={t('sharing.import.nameHint')}>
        {(id) => <input id={id} className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="import-project-name" />}
      </Field>
      {busy && <ProgressBar value={progress ? progress.done : null} max={progress?.total || 1} label={t('sharing.import.progress')} testId="import-project-progress" />}
    </ModalDialog>
  );
}
