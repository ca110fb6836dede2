import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { useRouter } from './router-store';
import { formatRoute, HOME } from './route';

/** The top bar of the home and settings screens. */
export function AppHeader() {
  const { t } = useTranslation();
  const route = useRouter((s) => s.route);
  return (
    <header className="app-header">
      <a className="brand" href={formatRoute(HOME)}>
        <span className="brand-mark" aria-hidden="true">
          <Icon name="sparkle" size={16} />
        </span>
        <span>{t('app.name')}</span>
      </a>
      <nav className="header-nav" aria-label={t('app.mainNav')}>
        <a href={formatRoute(HOME)} aria-current={route.name === 'home' ? 'page' : undefined} className="header-link">
          <Icon name="home" size={16} />
          {t('nav.projects')}
        </a>
        <a href={formatRoute({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined} className="header-link" data-testid="nav-settings">
          <Icon name="gear" size={16} />
          {t('nav.settings')}
        </a>
      </nav>
    </header>
  );
}
