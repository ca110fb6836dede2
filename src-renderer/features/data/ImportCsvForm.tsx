import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TASKS, type DatasetSummary, type Task } from '../../../src-shared/data/dataset';
import { Field } from '../../ui/Field';
import { PathInput } from '../../ui/PathInput';
import { ImportFormTail } from './ImportFormTail';
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
      <ImportFormTail
        projectPath={projectPath}
        name={name}
        onNameChange={setName}
        busy={busy}
        error={error}
        onDismissError={() => setError(null)}
        failedContext={t('data.import.csvFailed')}
        submitLabel={t('data.import.csvSubmit')}
        canSubmit={Boolean(filePath.trim() && target.trim())}
        submitTestId="csv-submit"
      />
    </form>
  );
}
