import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSummary } from '../../../src-shared/contract';
import { asApiError, type ApiError } from '../../api/api-error';
import { formatRoute, projectRoute } from '../../app/route';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { PathInput } from '../../ui/PathInput';
import { Spinner } from '../../ui/Spinner';
import { formatMetric } from '../../ui/display-format';
import { showToast } from '../../ui/toast-store';
import { headlineMetric } from '../train/chart-data';
import { useRuns } from '../train/runs-store';
import { ExportResult } from './ExportResult';
import { api } from '../../api/studio-api';
import { useExports } from './exports-store';

export function ExportScreen({ projectPath, selectedId }: { projectPath: string; selectedId: number | null }) {
  const { t, i18n } = useTranslation();
  const runs = useRuns((s) => s.runs);
  const runsLoaded = useRuns((s) => s.loaded && s.projectPath === projectPath);
  const loadRuns = useRuns((s) => s.load);
  const { exports, loaded, error: listError, load, create } = useExports();
  const [runId, setRunId] = useState<number | null>(null);
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<ExportSummary | null>(null);

  useEffect(() => {
    void loadRuns(projectPath);
    void load(projectPath);
  }, [projectPath, loadRuns, load]);

  const exportable = runs.filter((r) => r.status === 'completed' || r.status === 'stopped');
  const run = exportable.find((r) => r.id === (runId ?? selectedId)) ?? exportable[0] ?? null;

  // The server decides where an export goes by default; ask again after each export takes a folder.
  const [defaultDir, setDefaultDir] = useState('');
  const runForDefault = run?.id ?? null;
  useEffect(() => {
    if (runForDefault === null) return setDefaultDir('');
    let current = true;
    api.call('exports.defaultDir', { projectPath, runId: runForDefault }).then(
      (r) => current && setDefaultDir(r.dir),
      () => current && setDefaultDir(''),
    );
    return () => {
      current = false;
    };
  }, [projectPath, runForDefault, exports.length]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!run) return;
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const summary = await create(projectPath, run.id, dir.trim() || undefined);
      setCreated(summary);
      showToast(t('export.done'));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (!runsLoaded || !loaded) body = <Spinner label={t('common.loading')} />;
  else if (exportable.length === 0)
    body = (
      <EmptyState
        testId="export-needs-run"
        icon={<Icon name="export" size={32} />}
        title={t('export.needsRun.title')}
        body={t('export.needsRun.body')}
        actions={
          <a className="btn btn-primary" href={formatRoute(projectRoute(projectPath, 'train'))}>
            <span>{t('export.needsRun.action')}</span>
          </a>
        }
      />
    );
  else
    body = (
      <section className="card" aria-labelledby="export-form-title" data-testid="export-form">
        <h2 id="export-form-title" className="card-title">
          <Icon name="export" />
          {t('export.form.title')}
        </h2>
        <p className="muted">{t('export.form.hint')}</p>
        <form className="form form-grid" onSubmit={(e) => void submit(e)}>
          <Field label={t('export.form.run')}>
            {(id) => (
              <select id={id} className="input" value={run?.id ?? ''} onChange={(e) => setRunId(Number(e.target.value))} data-testid="export-run">
                {exportable.map((r) => {
                  const headline = headlineMetric(r.final, r.task);
                  return (
                    <option key={r.id} value={r.id}>
                      {t('export.form.runOption', { id: r.id, model: r.modelName, dataset: r.datasetName, status: t(`runStatus.${r.status}`) })}
                      {headline ? ` · ${t(`train.metrics.${headline.name}`)} ${formatMetric(headline.name, headline.value, i18n.language)}` : ''}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
          <Field label={t('export.form.folder')} hint={run ? t('export.form.folderHint', { dir: defaultDir }) : undefined}>
            {(id) => (
              <PathInput
                id={id}
                value={dir}
                onChange={setDir}
                pick="directory"
                placeholder={defaultDir}
                testId="export-folder"
              />
            )}
          </Field>
          <div className="span-2">
            <ErrorBanner error={error} onDismiss={() => setError(null)} context={t('export.failed')} />
          </div>
          <div className="form-actions span-2">
            <Button type="submit" variant="primary" busy={busy} disabled={!run} icon={<Icon name="export" size={15} />} data-testid="export-submit">
              {t('export.form.submit')}
            </Button>
          </div>
        </form>
        {created && <ExportResult summary={created} highlight />}
      </section>
    );

  return (
    <div className="screen" data-testid="export-screen">
      <header className="screen-head">
        <div>
          <h1>{t('export.title')}</h1>
          <p className="muted">{t('export.subtitle')}</p>
        </div>
      </header>
      <ErrorBanner error={listError} />
      {body}
      {loaded && exports.length > 0 && (
        <section className="card" aria-labelledby="previous-exports-title">
          <h2 id="previous-exports-title" className="card-title">
            {t('export.previous')}
          </h2>
          <div className="export-list" data-testid="export-list">
            {exports.map((x) => (
              <ExportResult key={x.id} summary={x} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
