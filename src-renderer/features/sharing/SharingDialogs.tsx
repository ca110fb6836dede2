import { ExportProjectDialog } from './ExportProjectDialog';
import { ImportProjectDialog } from './ImportProjectDialog';
import { useSharing } from './sharing-store';

/** The export or import dialog, whoever asked for it (a button, the File menu, a drop). */
export function SharingDialogs() {
  const exporting = useSharing((s) => s.exporting);
  const importing = useSharing((s) => s.importing);
  const close = useSharing((s) => s.close);
  if (exporting) return <ExportProjectDialog key={exporting.path} project={exporting} onClose={close} />;
  if (importing) return <ImportProjectDialog key={importing.file} initialFile={importing.file} onClose={close} />;
  return null;
}
