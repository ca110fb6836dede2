import type { InspectedPath } from '../../../src-shared/contract';
import { navigate, useRouter } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { useSharing } from '../sharing/sharing-store';
import { showNotice, useDesktop } from './desktop-store';

/**
 * What a path main has checked turns into: a project opens, a project archive goes to the import
 * dialog, a CSV file or an image folder goes to the import dialog of the open project (or, with
 * no project open, a notice saying to open one first).
 */
export function openInspectedPath(target: InspectedPath, file: Blob | null = null): void {
  showNotice(null);
  switch (target.kind) {
    case 'project':
      navigate(projectRoute(target.path, 'data'));
      return;
    case 'archive':
      useSharing.getState().requestImport(target.path);
      return;
    case 'csv':
    case 'imageFolder': {
      const route = useRouter.getState().route;
      if (route.name !== 'project') {
        showNotice({ code: 'DROP_UNSUPPORTED', message: 'Open a project first', details: { reason: 'needs_project', path: target.path } });
        return;
      }
      useDesktop.setState({ dataImport: { kind: target.kind, path: target.path, projectPath: route.path, file } });
    }
  }
}
