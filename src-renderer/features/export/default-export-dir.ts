/** Model name as a folder name: accents dropped, runs of other characters as "-", lower case. */
export function exportSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return slug || 'model';
}

/**
 * Where exports.create puts a run's files when no folder is given —
 * <project>/exports/<model>-run-<id>, then -2, -3… past folders earlier exports took — shown
 * so the user knows before pressing Export. It mirrors the server's rule; the server decides.
 */
export function defaultExportDir(projectPath: string, modelName: string, runId: number, taken: readonly string[] = []): string {
  const sep = projectPath.includes('\\') && !projectPath.includes('/') ? '\\' : '/';
  const base = `${projectPath.replace(/[\\/]+$/, '')}${sep}exports${sep}${exportSlug(modelName)}-run-${runId}`;
  const used = new Set(taken);
  let dir = base;
  for (let n = 2; used.has(dir); n++) dir = `${base}-${n}`;
  return dir;
}
