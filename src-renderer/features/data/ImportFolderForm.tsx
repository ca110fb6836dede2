import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { PathInput } from '../../ui/PathInput';
import { ImportProgressBar } from './ImportProgressBar';
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
      <Field label={t('data.import.name')} hint={t('data.import.nameHint')} className="span-2">
        {(id) => <input id={id} className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {busy && (
        <div className="span-2">
          <ImportProgressBar projectPath={projectPath} label={t('data.import.importing')} />
        </div>
      )}
      <div className="span-2">
        <ErrorBanner error={error} onDismiss={() => setError(null)} context={t('data.import.folderFailed')} />
      </div>
      <div className="form-actions span-2">
        <Button type="submit" variant="primary" busy={busy} disabled={!folderPath.trim()} data-testid="folder-submit">
          {t('data.import.folderSubmit')}
        </Button>
      </div>
    </form>
  );
}
