import { DesktopIntegration } from '../features/desktop/DesktopIntegration';
import { ProjectsScreen } from '../features/projects/ProjectsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { Toaster } from '../ui/Toaster';
import { AuthRequiredScreen } from './AuthRequiredScreen';
import { ConnectionBanner } from './ConnectionBanner';
import { ProjectView } from './ProjectView';
import { StartupErrorScreen } from './StartupErrorScreen';
import { useAppStore } from './app-store';
import { useRouter } from './router-store';

export function App() {
  const route = useRouter((s) => s.route);
  const unauthorized = useAppStore((s) => s.unauthorized);
  const bootError = useAppStore((s) => s.bootError);

  if (unauthorized) return <AuthRequiredScreen />;
  if (bootError) return <StartupErrorScreen />;
  return (
    <>
      <ConnectionBanner />
      {route.name === 'home' ? (
        <ProjectsScreen />
      ) : route.name === 'settings' ? (
        <SettingsScreen />
      ) : (
        <ProjectView key={route.path} path={route.path} tab={route.tab} item={route.item} />
      )}
      <DesktopIntegration />
      <Toaster />
    </>
  );
}
