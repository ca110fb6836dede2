import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../../app/AppHeader';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { NewProjectForm } from './NewProjectForm';
import { OpenProjectForm } from './OpenProjectForm';
import { ImportProjectCard } from '../sharing/ImportProjectCard';
import { RecentProjects } from './RecentProjects';
import { useProjects } from './projects-store';

/** Home: recent projects on the left, "new" and "open" on the right. */
export function ProjectsScreen() {
  const { t } = useTranslation();
  const load = useProjects((s) => s.load);
  const error = useProjects((s) => s.error);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="page">
      <AppHeader />
      <main className="home" data-testid="projects-screen">
        <div className="home-intro">
          <h1>{t('projects.title')}</h1>
          <p className="muted">{t('projects.subtitle')}</p>
        </div>
        <ErrorBanner error={error} />
        <div className="home-grid">
          <RecentProjects />
          <div className="home-side">
            <NewProjectForm />
            <OpenProjectForm />
            <ImportProjectCard />
          </div>
        </div>
      </main>
    </div>
  );
}
