import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';

/** Browser mode without a valid token: say exactly how to get in. */
export function AuthRequiredScreen() {
  const { t } = useTranslation();
  return (
    <main className="gate" data-testid="auth-required">
      <div className="gate-card">
        <div className="gate-icon">
          <Icon name="alert" size={28} />
        </div>
        <h1>{t('auth.title')}</h1>
        <p>{t('auth.body')}</p>
        <pre className="gate-code">npm run serve</pre>
        <p className="muted">{t('auth.example')}</p>
        <pre className="gate-code">Neurona Studio running at http://127.0.0.1:PORT/?token=…</pre>
        <p className="muted small">{t('auth.restarted')}</p>
        <p className="muted small">{t('auth.why')}</p>
      </div>
    </main>
  );
}
