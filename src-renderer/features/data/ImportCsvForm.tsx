import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TASKS, type DatasetSummary, type Task } from '../../../src-shared/data/dataset';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { PathInput } from '../../ui/PathInput';
import { ImportProgressBar } from './ImportProgressBar';
import { useDatasets } from './datasets-store';
import { useDatasetImport } from './use-dataset-import';

export function ImportCsvForm({ projectPath, onAdded }: { projectPath: string; onAdded: (d: DatasetSummary) => void }) {
  const { t } = useTranslation();
  const importCsv = useDatasets((s) => s.importCsv);
  const [filePath, setFilePath] = useState('');
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [task, setTask] = useState<Task | 'auto'>('auto');
  const { busy, error, setError, run } = useDatasetImport(projectPath, onAdded, 'data.import.done');

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(() =>
      importCsv(projectPath, {
        filePath: filePath.trim(),
        target: target.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(task === 'auto' ? {} : { task }),
      }),
    );
  }

  return (
    <form className="form form-grid" onSubmit={submit} data-testid="import-csv-form">
      <Field label={t('data.import.csvFile')} hint={t('data.import.csvFileHint')} className="span-2">
        {(id) => (
          <PathInput id={id} value={filePath} onChange={setFilePath} pick="file" extensions={['csv', 'tsv', 'txt']} placeholder={t('data.import.csvPlaceholder')} testId="csv-path" required />
        )}
      </Field>
      <Field label={t('data.import.target')} hint={t('data.import.targetHint')}>
        {(id) => <input id={id} className="input" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="csv-target" required />}
      </Field>
      <Field label={t('data.import.task')}>
        {(id) => (
          <select id={id} className="input" value={task} onChange={(e) => setTask(e.target.value as Task | 'auto')}>
            <option value="auto">{t('data.import.taskAuto')}</option>
            {TASKS.map((k) => (
              <option key={k} value={k}>
                {t(`data.task.${k}`)}
              </option>
            ))}
          </select>
        )}
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
        <ErrorBanner error={error} onDismiss={() => setError(null)} context={t('data.import.csvFailed')} />
      </div>
      <div className="form-actions span-2">
        <Button type="submit" variant="primary" busy={busy} disabled={!filePath.trim() || !target.trim()} data-testid="csv-submit">
          {t('data.import.csvSubmit')}
        </Button>
      </div>
    </form>
  );
}
