import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';
import { PathInput } from '../../ui/PathInput';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toast-store';
import { clearArchiveProgress, useArchiveProgressFor } from './archive-progress-store';
import { joinPath, parentDir } from './path-text';
import type { ExportRequest } from './sharing-store';

/** Export a project as one .neurona.zip: where to save it, progress, and "Replace it" when the file exists. */
export function ExportProjectDialog({ project, onClose }: { project: ExportRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState(() => joinPath(parentDir(project.path), `${project.name}.neurona.zip`));
  // A file chosen in the native save dialog was already confirmed there.
  const [confirmedReplace, setConfirmedReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const progress = useArchiveProgressFor('export');

  async function run(overwrite: boolean) {
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('projects.exportArchive', { path: project.path, file: file.trim(), overwrite });
      clearArchiveProgress(result.file);
      showToast(t('sharing.export.done', { name: project.name, file: result.file }));
      onClose();
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  const exists = error?.code === 'ARCHIVE_EXISTS';
  return (
    <ModalDialog
      title={t('sharing.export.title', { name: project.name })}
      busy={busy}
      error={error}
      onClose={onClose}
      testId="export-project-dialog"
      wrap={(content) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file.trim() && !busy) void run(confirmedReplace);
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
          {exists ? (
            <Button variant="danger" busy={busy} onClick={() => void run(true)} data-testid="export-project-replace">
              {t('sharing.export.replace')}
            </Button>
          ) : (
            <Button type="submit" variant="primary" busy={busy} disabled={!file.trim()} data-testid="export-project-submit">
              {t('sharing.export.submit')}
            </Button>
          )}
        </>
      }
    >
      <Field label={t('sharing.export.file')} hint={t('sharing.export.fileHint')}>
        {(id) => (
          <PathInput
            id={id}
            value={file}
            onChange={(value) => {
              setFile(value);
              setConfirmedReplace(false);
              if (exists) setError(null);
            }}
            onPicked={() => setConfirmedReplace(true)}
            pick="save"
            extensions={['zip']}
            dialogTitle={t('sharing.export.title', { name: project.name })}
            testId="export-project-file"
          />
        )}
      </Field>
      {busy && <ProgressBar value={progress ? progress.done : null} max={progress?.total || 1} label={t('sharing.export.progress')} testId="export-project-progress" />}
    </ModalDialog>
  );
}
