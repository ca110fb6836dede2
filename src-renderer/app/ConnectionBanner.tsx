import { useTranslation } from 'react-i18next';
import { Spinner } from '../ui/Spinner';
import { useAppStore } from './app-store';

/** Live updates dropped (browser mode): say so while the client reconnects. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useAppStore((s) => s.connection);
  if (connection === 'open') return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner">
      <Spinner />
      {t('connection.reconnecting')}
    </div>
  );
}
