import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../src-shared/contract';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatCount, formatDuration } from '../../ui/display-format';
import { useRuns } from './runs-store';

/** The whole run (epochs) and the current epoch (batches, speed, time left). */
export function RunProgressPanel({ run }: { run: RunSummary }) {
  const { t, i18n } = useTranslation();
  // Subscribed here, not in the dashboard, so the frequent progress events redraw only this panel.
  const progress = useRuns((s) => s.progress[run.id] ?? null);
  const epochs = run.config.epochs;

  if (run.status === 'paused') {
    return (
      <div className="progress-panel" data-testid="run-progress">
        <ProgressBar label={t('train.progress.paused', { epoch: formatCount(run.epochsCompleted, i18n.language), epochs: formatCount(epochs, i18n.language) })} value={run.epochsCompleted} max={epochs} testId="run-overall-progress" />
      </div>
    );
  }
  if (!progress) {
    return (
      <div className="progress-panel" data-testid="run-progress">
        <ProgressBar label={run.status === 'queued' ? t('train.progress.queued') : t('train.progress.starting')} value={null} testId="epoch-progress" />
      </div>
    );
  }

  const inEpoch = progress.batches > 0 ? progress.batch / progress.batches : 0;
  const overall = (Math.max(0, progress.epoch - 1) + inEpoch) / Math.max(1, progress.epochs);
  const details = [
    t('train.progress.speed', { speed: formatCount(Math.round(progress.samplesPerSec), i18n.language) }),
    progress.etaSeconds !== null ? t('train.progress.eta', { time: formatDuration(progress.etaSeconds) }) : null,
  ].filter(Boolean);

  return (
    <div className="progress-panel" data-testid="run-progress">
      <ProgressBar
        thin
        label={t('train.progress.epoch', { epoch: formatCount(progress.epoch, i18n.language), epochs: formatCount(progress.epochs, i18n.language) })}
        value={overall}
        max={1}
        testId="run-overall-progress"
      />
      {progress.phase === 'preparing' ? (
        <ProgressBar label={t('train.progress.preparing')} value={null} testId="epoch-progress" />
      ) : (
        <ProgressBar
          label={
            progress.phase === 'validating'
              ? t('train.progress.validating')
              : t('train.progress.batch', { batch: formatCount(progress.batch, i18n.language), batches: formatCount(progress.batches, i18n.language) })
          }
          value={progress.phase === 'validating' ? 1 : inEpoch}
          max={1}
          caption={details.join(' · ')}
          testId="epoch-progress"
        />
      )}
    </div>
  );
}
