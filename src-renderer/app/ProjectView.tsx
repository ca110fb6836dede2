import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../src-shared/contract';
import { asApiError, type ApiError } from '../api/api-error';
import { api } from '../api/studio-api';
import { DataScreen } from '../features/data/DataScreen';
import { ModelScreen } from '../features/builder/ModelScreen';
import { TrainScreen } from '../features/train/TrainScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Icon, type IconName } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { formatRoute, HOME, PROJECT_TABS, projectRoute, type ProjectTab } from './route';
import { navigate } from './router-store';

const TAB_ICONS: Record<ProjectTab, IconName> = { data: 'data', model: 'layers', train: 'chart', export: 'export' };

interface ProjectViewProps {
  path: string;
  tab: ProjectTab;
  item: number | null;
}

/** One open project: the sidebar (name, way home, tabs) and the current tab. */
export function ProjectView({ path, tab, item }: ProjectViewProps) {
  const { t } = useTranslation();
  const [project, setProject] = useState<ProjectSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setProject(null);
    setError(null);
    api
      .call('projects.open', { path })
      .then((p) => live && setProject(p))
      .catch((err: unknown) => live && setError(asApiError(err)));
    return () => {
      live = false;
    };
  }, [path]);

  // Alt+1…4 switch tabs from anywhere in the project.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      const next = PROJECT_TABS[index];
      if (next) {
        e.preventDefault();
        navigate(projectRoute(path, next));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [path]);

  if (error) {
    return (
      <main className="narrow">
        <EmptyState
          icon={<Icon name="alert" size={32} />}
          title={t('project.openFailed')}
          body={<ErrorBanner error={error} />}
          actions={
            <Button variant="primary" icon={<Icon name="back" />} onClick={() => navigate(HOME)}>
              {t('project.backHome')}
            </Button>
          }
        />
      </main>
    );
  }

  return (
    <div className="project-layout">
      <aside className="sidebar">
        <div className="sidebar-inner">
          <a className="sidebar-back" href={formatRoute(HOME)} data-testid="back-home">
            <Icon name="back" size={16} />
            {t('project.allProjects')}
          </a>
          <div className="sidebar-project">
            <div className="sidebar-project-label">{t('project.label')}</div>
            <div className="sidebar-project-name" data-testid="project-name" title={path}>
              {project ? project.name : <Spinner />}
            </div>
          </div>
          <nav className="sidebar-nav" aria-label={t('project.sections')}>
            {PROJECT_TABS.map((name, i) => (
              <a
                key={name}
                href={formatRoute(projectRoute(path, name))}
                className="sidebar-link"
                aria-current={tab === name ? 'page' : undefined}
                data-testid={`tab-${name}`}
                title={t('project.shortcut', { key: `Alt+${i + 1}` })}
              >
                <Icon name={TAB_ICONS[name]} />
                <span>{t(`project.tabs.${name}`)}</span>
              </a>
            ))}
          </nav>
          <a className="sidebar-settings" href={formatRoute({ name: 'settings' })}>
            <Icon name="gear" size={16} />
            {t('nav.settings')}
          </a>
        </div>
      </aside>
      <main className="project-main-area">
        {project &&
          (tab === 'data' ? (
            <DataScreen projectPath={project.path} selectedId={item} />
          ) : tab === 'model' ? (
            <ModelScreen projectPath={project.path} selectedId={item} />
          ) : tab === 'train' ? (
            <TrainScreen projectPath={project.path} selectedId={item} />
          ) : (
            <ExportScreen projectPath={project.path} selectedId={item} />
          ))}
      </main>
    </div>
  );
}
