import { useEffect } from 'react';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { SharingDialogs } from '../sharing/SharingDialogs';
import { DropTarget } from './DropTarget';
import { DroppedDataDialog } from './DroppedDataDialog';
import { showNotice, takeShellRequests, useDesktop } from './desktop-store';
import { openInspectedPath } from './open-inspected-path';

/**
 * What the app does with things from outside its pages: paths from the shell (handled once the
 * app is up), drops on the desktop window, and the dialogs they lead to.
 */
export function DesktopIntegration() {
  const queued = useDesktop((s) => s.shellQueue.length);
  const dataImport = useDesktop((s) => s.dataImport);
  const notice = useDesktop((s) => s.notice);

  useEffect(() => {
    for (const request of takeShellRequests()) openInspectedPath(request);
  }, [queued]);

  return (
    <>
      {window.studio && <DropTarget bridge={window.studio} />}
      {notice && (
        <div className="desktop-notice" data-testid="desktop-notice">
          <ErrorBanner error={notice} onDismiss={() => showNotice(null)} />
        </div>
      )}
      {dataImport && <DroppedDataDialog key={dataImport.path} request={dataImport} onClose={() => useDesktop.setState({ dataImport: null })} />}
      <SharingDialogs />
    </>
  );
}
