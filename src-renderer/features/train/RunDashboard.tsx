import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isActiveStatus } from '../../../src-shared/training/run-status';
import { asApiError, type ApiError } from '../../api/api-error';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { formatDateTime } from '../../ui/display-format';
import { FinalMetrics } from './FinalMetrics';
import { MetricChart } from './MetricChart';
import { RunConfigFacts } from './RunConfigFacts';
import { RunProgressPanel } from './RunProgressPanel';
import { RunStatusBadge } from './RunStatusBadge';
import { chartsForTask } from './chart-data';
import { mergeSeries } from './run-events';
import { useRuns } from './runs-store';

/** One run: status, backend, live progress, curves, final numbers and its error if it failed. */
export function RunDashboard({ projectPath, runId }: { projectPath: string; runId: number }) {
  const { t, i18n } = useTranslation();
  const run = useRuns((s) => s.runs.find((r) => r.id === runId) ?? null);
  const detail = useRuns((s) => s.details[runId]);
  const live = useRuns((s) => s.live[runId]);
  const loadDetail = useRuns((s) => s.loadDetail);
  const control = useRuns((s) => s.control);
  const [error, setError] = useState<ApiError | null>(null);
  // The button stays busy from the click until the run's status actually changes.
  const [pending, setPending] = useState<{ action: 'pause' | 'resume' | 'stop'; from: string } | null>(null);
  const status = run?.status;

  useEffect(() => {
    setError(null);
    loadDetail(projectPath, runId).catch((err: unknown) => setError(asApiError(err)));
  }, [projectPath, runId, loadDetail]);

  useEffect(() => {
    if (pending && status !== pending.from) setPending(null);
  }, [pending, status]);

  // Progress events arrive ~10 times a second; the curves change only once per epoch.
  const metrics = useMemo(() => mergeSeries(detail?.metrics ?? {}, live ?? {}), [detail?.metrics, live]);
  const task = run?.task ?? 'classification';
  const charts = useMemo(() => chartsForTask(task), [task]);

  if (!run) return error ? <ErrorBanner error={error} /> : <Spinner label={t('common.loading')} />;
  const active = isActiveStatus(run.status);
  const canExport = run.status === 'completed' || run.status === 'stopped';

  async function act(action: 'pause' | 'resume' | 'stop', from: string) {
    setPending({ action, from });
    setError(null);
    try {
      await control(projectPath, runId, action);
    } catch (err) {
      setError(asApiError(err));
      setPending(null);
    }
  }

  return (
    <div className="detail" data-testid="run-dashboard" data-run-id={run.id}>
      <div className="detail-head">
        <div>
          <h2 className="detail-title">
            {t('train.runTitle', { id: run.id })}
            <RunStatusBadge status={run.status} />
            {run.backend && (
              <span title={t('train.backendInUse')}>
                <Badge tone="accent" testId="backend-badge">
                  <code>{run.backend}</code>
                </Badge>
              </span>
            )}
          </h2>
          <div className="muted small">
            {t('train.runSubtitle', { model: run.modelName, version: run.modelVersion, dataset: run.datasetName, when: formatDateTime(run.createdAt, i18n.language) })}
          </div>
        </div>
        <div className="detail-actions">
          {run.status === 'running' && (
            <Button icon={<Icon name="pause" size={15} />} busy={pending?.action === 'pause'} disabled={pending !== null} onClick={() => void act('pause', run.status)} data-testid="run-pause">
              {t('train.pause')}
            </Button>
          )}
          {run.status === 'paused' && (
            <Button variant="primary" icon={<Icon name="play" size={15} />} busy={pending?.action === 'resume'} disabled={pending !== null} onClick={() => void act('resume', run.status)} data-testid="run-resume">
              {t('train.resume')}
            </Button>
          )}
          {active && (
            <Button variant="danger" icon={<Icon name="stop" size={15} />} busy={pending?.action === 'stop'} disabled={pending !== null} onClick={() => void act('stop', run.status)} data-testid="run-stop">
              {t('train.stop')}
            </Button>
          )}
          {canExport && (
            <Button icon={<Icon name="export" size={15} />} onClick={() => navigate(projectRoute(projectPath, 'export', run.id))} data-testid="run-export">
              {t('train.export')}
            </Button>
          )}
        </div>
      </div>

      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {run.error && <ErrorBanner error={run.error} context={t(`train.endedContext.${run.status}`, { defaultValue: t('train.endedContext.failed') })} />}
      {active && <RunProgressPanel run={run} />}

      <div className="chart-grid">
        {charts.map((spec) => (
          <MetricChart key={spec.id} spec={spec} metrics={metrics} epochs={run.config.epochs} />
        ))}
      </div>

      <div className="two-col">
        <section className="card" aria-labelledby="final-title">
          <h3 id="final-title" className="card-title">
            {active ? t('train.final.latest') : t('train.final.title')}
          </h3>
          {run.final ? <FinalMetrics final={run.final} task={run.task} /> : <p className="muted">{t('train.final.none')}</p>}
        </section>
        <section className="card" aria-labelledby="config-title">
          <h3 id="config-title" className="card-title">
            {t('train.config.title')}
          </h3>
          <RunConfigFacts run={run} />
        </section>
      </div>
    </div>
  );
}
