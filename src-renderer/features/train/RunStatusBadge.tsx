import { useTranslation } from 'react-i18next';
import type { RunStatus } from '../../../src-shared/training/run-status';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<RunStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'info',
  paused: 'warning',
  completed: 'success',
  stopped: 'neutral',
  interrupted: 'warning',
  diverged: 'danger',
  failed: 'danger',
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const { t } = useTranslation();
  return (
    <span className="run-status" data-testid="run-status" data-status={status}>
      <Badge tone={TONES[status]}>
        {status === 'running' && <span className="pulse" aria-hidden="true" />}
        {t(`runStatus.${status}`)}
      </Badge>
    </span>
  );
}
