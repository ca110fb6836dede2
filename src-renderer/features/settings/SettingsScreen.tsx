import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../src-shared/contract/app';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';
import { AppHeader } from '../../app/AppHeader';
import { useAppStore } from '../../app/app-store';
import { Badge } from '../../ui/Badge';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useSettings } from './settings-store';

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const setLanguage = useSettings((s) => s.setLanguage);
  const info = useAppStore((s) => s.info);
  const backends = useAppStore((s) => s.backends);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (backends) return;
    api
      .call('app.backends', {})
      .then((b) => useAppStore.setState({ backends: { list: b.backends, auto: b.auto } }))
      .catch((err: unknown) => setError(asApiError(err)));
  }, [backends]);

  async function choose(language: (typeof LANGUAGES)[number]) {
    setError(null);
    try {
      await setLanguage(language);
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <div className="page">
      <AppHeader />
      <main className="narrow" data-testid="settings-screen">
        <h1>{t('settings.title')}</h1>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <section className="card">
          <h2 className="card-title">{t('settings.language.title')}</h2>
          <p className="muted">{t('settings.language.hint')}</p>
          <div className="segmented" role="radiogroup" aria-label={t('settings.language.title')}>
            {LANGUAGES.map((lang) => (
              <label key={lang} className={`segment${settings?.language === lang ? ' segment-on' : ''}`} data-testid={`language-${lang}`}>
                <input type="radio" name="language" value={lang} checked={settings?.language === lang} onChange={() => void choose(lang)} />
                {t(`settings.language.${lang}`)}
              </label>
            ))}
          </div>
        </section>
        <section className="card">
          <h2 className="card-title">{t('settings.backends.title')}</h2>
          <p className="muted">{t('settings.backends.hint')}</p>
          <ul className="backend-list">
            {backends?.list.map((b) => (
              <li key={b.id} className="backend-item">
                <code className="mono">{b.id}</code>
                {b.available ? (
                  <Badge tone="success">{t('settings.backends.available')}</Badge>
                ) : (
                  <Badge title={b.reason ?? undefined}>{t('settings.backends.unavailable')}</Badge>
                )}
                {b.id === backends.auto && <Badge tone="accent">{t('settings.backends.autoPick')}</Badge>}
              </li>
            ))}
          </ul>
        </section>
        {info && (
          <section className="card">
            <h2 className="card-title">{t('settings.about.title')}</h2>
            <dl className="facts">
              <dt>{t('settings.about.version')}</dt>
              <dd>{info.version}</dd>
              <dt>{t('settings.about.mode')}</dt>
              <dd>{t(`settings.about.modes.${info.mode}`)}</dd>
              <dt>{t('settings.about.dataDir')}</dt>
              <dd className="mono">{info.dataDir}</dd>
              <dt>{t('settings.about.projectsDir')}</dt>
              <dd className="mono">{info.defaultProjectsDir}</dd>
            </dl>
          </section>
        )}
      </main>
    </div>
  );
}
