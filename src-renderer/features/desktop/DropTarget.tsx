import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioBridge } from '../../api/studio-bridge';
import { api } from '../../api/studio-api';
import { asApiError } from '../../api/api-error';
import { Icon } from '../../ui/Icon';
import { showNotice, useDesktop } from './desktop-store';
import { openInspectedPath } from './open-inspected-path';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * The whole desktop window takes drops: a project folder, a .neurona.zip, a CSV file or an image
 * folder. The preload turns the dropped File into its path (webUtils); main checks what it is
 * (app.inspectPath) before anything opens or imports it.
 */
export function DropTarget({ bridge }: { bridge: StudioBridge }) {
  const { t } = useTranslation();
  const dragging = useDesktop((s) => s.dragging);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; count them to know when the pointer left the window.
    let depth = 0;
    const setDragging = (value: boolean) => useDesktop.setState({ dragging: value });
    function onEnter(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    }
    function onOver(e: DragEvent) {
      if (!carriesFiles(e)) return;
      // Without this the drop would not fire (and Chromium would navigate to the file).
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    }
    function onLeave(e: DragEvent) {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function onDrop(e: DragEvent) {
      if (!carriesFiles(e)) return;
      depth = 0;
      setDragging(false);
      // A drop zone inside the page (the Data screen's) took it already; this is the window-wide fallback.
      if (e.defaultPrevented) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const path = bridge.pathForFile(file);
      if (!path) {
        showNotice({ code: 'DROP_UNSUPPORTED', message: 'No path', details: { reason: 'no_path' } });
        return;
      }
      api.call('app.inspectPath', { path }).then(
        (target) => openInspectedPath(target, target.kind === 'csv' ? file : null),
        (err: unknown) => showNotice(asApiError(err)),
      );
    }
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [bridge]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <Icon name="open" size={36} />
        <strong>{t('drop.overlay')}</strong>
        <span className="muted">{t('drop.overlayHint')}</span>
      </div>
    </div>
  );
}
