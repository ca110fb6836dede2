import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { Field } from '../../ui/Field';
import { PathInput } from '../../ui/PathInput';
import { ImportFormTail } from './ImportFormTail';
import { useDatasets } from './datasets-store';
import { useDatasetImport } from './use-dataset-import';

export function ImportFolderForm({ projectPath, onAdded }: { projectPath: string; onAdded: (d: DatasetSummary) => void }) {
  const { t } = useTranslation();
  const importFolder = useDatasets((s) => s.importFolder);
  const [folderPath, setFolderPath] = useState('');
  const [name, setName] = useState('');
  const { busy, error, setError, run } = useDatasetImport(projectPath, onAdded, 'data.import.done');

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(() => importFolder(projectPath, { folderPath: folderPath.trim(), ...(name.trim() ? { name: name.trim() } : {}) }));
  }

  return (
    <form className="form form-grid" onSubmit={submit} data-testid="import-folder-form">
      <Field label={t('data.import.folder')} hint={t('data.import.folderHint')} className="span-2">
        {(id) => <PathInput id={id} value={folderPath} onChange={setFolderPath} pick="directory" placeholder={t('data.import.folderPlaceholder')} testId="folder-path" required />}
      </Field>
      <ImportFormTail
        projectPath={projectPath}
        name={name}
        onNameChange={setName}
        busy={busy}
        error={error}
        onDismissError={() => setError(null)}
        failedContext={t('data.import.folderFailed')}
        submitLabel={t('data.import.folderSubmit')}
        canSubmit={Boolean(folderPath.trim())}
        submitTestId="folder-submit"
      />
    </form>
  );
}
