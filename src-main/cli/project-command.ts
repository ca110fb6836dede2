import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Studio } from '../api/studio';
import { CliUsageError } from './cli-error';

export const PROJECT_USAGE = `  neurona project export DIR FILE.neurona.zip [--force]
      Packs the project folder DIR into one file to share (database, data, runs, checkpoints,
      exports; no caches). --force replaces an existing FILE.
  neurona project import FILE [--into DIR] [--name NAME]
      Unpacks a shared project into DIR/NAME.neurona (default: your documents folder and the
      project's own name) and adds it to the recent projects.`;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `neurona project export|import`: the same router methods the app's Projects screen calls. */
export async function runProjectCommand(studio: Studio, args: string[], log: (line: string) => void): Promise<string> {
  const [sub, ...rest] = args;
  const { router } = studio;
  const progress = studio.events.subscribe((event) => {
    if (event.name === 'archive.progress' && event.payload.done === event.payload.total) log(`${event.payload.operation}: ${megabytes(event.payload.total)} done`);
  });
  try {
    if (sub === 'export') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { force: { type: 'boolean' } } });
      if (positionals.length !== 2) throw new CliUsageError('project export needs DIR and FILE: neurona project export DIR FILE.neurona.zip');
      const [dir, file] = positionals as [string, string];
      const result = await router.invoke('projects.exportArchive', { path: resolve(dir), file: resolve(file), overwrite: values.force ?? false });
      return `exported ${resolve(dir)} to ${result.file} (${result.files} files, ${megabytes(result.bytes)})`;
    }
    if (sub === 'import') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { into: { type: 'string' }, name: { type: 'string' } } });
      if (positionals.length !== 1) throw new CliUsageError('project import needs one FILE: neurona project import FILE [--into DIR]');
      const summary = await router.invoke('projects.importArchive', {
        file: resolve(positionals[0]!),
        parentDir: values.into === undefined ? undefined : resolve(values.into),
        name: values.name,
      });
      return `imported "${summary.name}" into ${summary.path}`;
    }
    throw new CliUsageError(`unknown project command "${sub ?? ''}"; use neurona project export DIR FILE or neurona project import FILE`);
  } finally {
    progress();
  }
}
