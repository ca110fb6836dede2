import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Icon } from '../ui/Icon';
import { useAppStore } from './app-store';

export function StartupErrorScreen() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.bootError);
  return (
    <main className="gate" data-testid="startup-error">
      <div className="gate-card">
        <div className="gate-icon">
          <Icon name="alert" size={28} />
        </div>
        <h1>{t('startup.title')}</h1>
        <p>{t('startup.body')}</p>
        <ErrorBanner error={error} />
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('startup.retry')}
        </Button>
      </div>
    </main>
  );
}
