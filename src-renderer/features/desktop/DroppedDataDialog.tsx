import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCsv } from '../../../src-shared/data/csv';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toast-store';
import { useDatasets } from '../data/datasets-store';
import { baseName, stem } from '../sharing/path-text';
import type { DataImportRequest } from './desktop-store';

/** Enough of a CSV to read its header, even with a long first line. */
const HEADER_BYTES = 64 * 1024;

/** The column names of a dropped CSV, from its first lines; [] when they cannot be read. */
async function csvColumns(file: Blob, fileName: string): Promise<string[]> {
  const head = await file.slice(0, HEADER_BYTES).text();
  const complete = head.length < HEADER_BYTES ? head : head.slice(0, Math.max(head.lastIndexOf('\n'), 0));
  try {
    return parseCsv(complete, { fileName }).header.filter((c) => c.trim() !== '');
  } catch {
    return [];
  }
}

/** Import a dropped CSV file (choosing the column to predict) or image folder into the open project. */
export function DroppedDataDialog({ request, onClose }: { request: DataImportRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const fileName = baseName(request.path);
  const [columns, setColumns] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const projectName = stem(baseName(request.projectPath));

  useEffect(() => {
    if (request.kind !== 'csv' || !request.file) return;
    let live = true;
    void csvColumns(request.file, fileName).then((found) => {
      if (!live) return;
      setColumns(found);
      // The last column is the usual place for the label.
      setTarget((current) => current || found.at(-1) || '');
    });
    return () => {
      live = false;
    };
  }, [request, fileName]);

  async function submit() {
    setBusy(true);
    try {
      const store = useDatasets.getState();
      const named = name.trim() ? { name: name.trim() } : {};
      const dataset =
        request.kind === 'csv'
          ? await store.importCsv(request.projectPath, { filePath: request.path, target: target.trim(), ...named })
          : await store.importFolder(request.projectPath, { folderPath: request.path, ...named });
      showToast(t('drop.done', { name: dataset.name }));
      navigate(projectRoute(request.projectPath, 'data', dataset.id));
    } finally {
      setBusy(false);
    }
  }

  const isCsv = request.kind === 'csv';
  return (
    <FormDialog
      title={isCsv ? t('drop.csv.title', { file: fileName }) : t('drop.folder.title', { folder: fileName })}
      submitLabel={isCsv ? t('drop.csv.submit') : t('drop.folder.submit')}
      canSubmit={!isCsv || target.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
      testId="dropped-data-dialog"
    >
      <p className="muted">{t('drop.into', { project: projectName })}</p>
      {!isCsv && <p>{t('drop.folder.body')}</p>}
      {isCsv && (
        <Field label={t('drop.csv.target')} hint={t('drop.csv.targetHint')}>
          {(id) =>
            columns.length > 0 ? (
              <select id={id} className="input" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="dropped-csv-target">
                {columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input id={id} className="input" value={target} placeholder={t('drop.csv.targetPlaceholder')} onChange={(e) => setTarget(e.target.value)} data-testid="dropped-csv-target" />
            )
          }
        </Field>
      )}
      <Field label={t('drop.name')} hint={t('drop.nameHint')}>
        {(id) => <input id={id} className="input" value={name} placeholder={stem(fileName)} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="dropped-data-name" />}
      </Field>
      {busy && <ProgressBar value={null} label={t('drop.importing')} />}
    </FormDialog>
  );
}
