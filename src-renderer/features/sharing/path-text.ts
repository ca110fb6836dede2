// Paths as the UI shows and proposes them. The renderer has no path module: these follow the
// separator the given path already uses, which is the host's.

function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The last segment of a path ("/a/b/Iris.neurona" → "Iris.neurona"). */
export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1) || trimmed;
}

/** `dir` + separator + `name`, without doubling a trailing separator. */
export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  const sep = separatorOf(dir);
  return /[\\/]$/.test(dir) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** The folder a path is in ("/a/b/Iris.neurona" → "/a/b"); "" when it has none. */
export function parentDir(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return '';
  return cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}

/** "Iris.csv" → "Iris", "pets" → "pets": a default dataset name. */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
