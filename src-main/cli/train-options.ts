import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { TrainConfigSchema, OPTIMIZERS, type TrainConfig } from '../../src-shared/training/config';
import { BACKEND_CHOICES } from '../../src-shared/training/backends';
import { CliUsageError } from './cli-error';
import { listTemplates } from '../../src-shared/graph/templates';

export interface TrainOptions {
  data: string;
  dataKind: 'csv' | 'folder';
  target?: string;
  template?: string;
  project?: string;
  exportDir?: string;
  json: boolean;
  config: TrainConfig;
}

export type RawTrainArgs = {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
};

function wholeNumber(name: string, raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw);
  if (!/^\d+$/.test(s)) throw new CliUsageError(`--${name} must be a whole number (got "${s}")`);
  return Number(s);
}

function decimal(name: string, raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw);
  const v = Number(s);
  if (s.trim() === '' || !Number.isFinite(v)) throw new CliUsageError(`--${name} must be a number (got "${s}")`);
  return v;
}

const FLAG_FOR_FIELD: Record<string, string> = {
  epochs: 'epochs',
  batchSize: 'batch-size',
  learningRate: 'learning-rate',
  optimizer: 'optimizer',
  backend: 'backend',
  seed: 'seed',
};

/** Checks `neurona train` arguments; every problem becomes one readable line naming the option. */
export function parseTrainOptions({ positionals, values }: RawTrainArgs): TrainOptions {
  if (positionals.length === 0) throw new CliUsageError('DATA is required: a CSV file (with --target COLUMN) or an image folder whose sub-folders are the classes');
  if (positionals.length > 1) throw new CliUsageError(`expected one DATA argument, got ${positionals.length}: ${positionals.join(' ')}`);
  const data = resolve(positionals[0]);
  if (!existsSync(data)) throw new CliUsageError(`no such file or folder: ${positionals[0]}`);
  const dataKind = statSync(data).isDirectory() ? 'folder' : 'csv';
  const target = values.target === undefined ? undefined : String(values.target);
  if (dataKind === 'csv' && !target) throw new CliUsageError(`--target COLUMN is required for a CSV file (${positionals[0]})`);
  if (dataKind === 'folder' && target) throw new CliUsageError('--target is only for CSV files; an image folder takes its classes from its sub-folders');

  const optimizer = values.optimizer === undefined ? undefined : String(values.optimizer);
  if (optimizer !== undefined && !(OPTIMIZERS as readonly string[]).includes(optimizer)) {
    throw new CliUsageError(`--optimizer must be one of ${OPTIMIZERS.join(', ')} (got "${optimizer}")`);
  }
  const backend = values.backend === undefined ? undefined : String(values.backend);
  if (backend !== undefined && !(BACKEND_CHOICES as readonly string[]).includes(backend)) {
    throw new CliUsageError(`--backend must be one of ${BACKEND_CHOICES.join(', ')} (got "${backend}")`);
  }
  const parsed = TrainConfigSchema.safeParse({
    epochs: wholeNumber('epochs', values.epochs),
    batchSize: wholeNumber('batch-size', values['batch-size']),
    learningRate: decimal('learning-rate', values['learning-rate']),
    optimizer,
    backend,
    seed: wholeNumber('seed', values.seed),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? '');
    const flag = `--${FLAG_FOR_FIELD[field] ?? field}`;
    const bound = (issue as { minimum?: number | bigint; maximum?: number | bigint }).minimum ?? (issue as { maximum?: number | bigint }).maximum;
    if (issue.code === 'too_small') throw new CliUsageError(`${flag} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${bound}`);
    if (issue.code === 'too_big') throw new CliUsageError(`${flag} must be at most ${bound}`);
    throw new CliUsageError(`${flag}: ${issue.message}`);
  }
  // Check the template before anything is imported, so a typo costs nothing.
  const template = values.template === undefined ? undefined : String(values.template);
  if (template !== undefined) {
    const known = listTemplates();
    const found = known.find((t) => t.id === template);
    if (!found) throw new CliUsageError(`--template must be one of ${known.map((t) => t.id).join(', ')} (got "${template}")`);
    if (found.objective === 'reconstruction') {
      throw new CliUsageError(`--template ${template} learns to rebuild its own input, which neurona train cannot train yet (it trains on the dataset's labels)`);
    }
    const kind = dataKind === 'csv' ? 'table' : 'images';
    if (!found.datasetKinds.includes(kind)) {
      const fits = known.filter((t) => t.datasetKinds.includes(kind)).map((t) => t.id);
      throw new CliUsageError(`--template ${template} is for ${found.datasetKinds.join('/')} data; for ${dataKind === 'csv' ? 'a CSV file' : 'an image folder'} use ${fits.join(' or ')}`);
    }
  }
  return {
    data,
    dataKind,
    target,
    template,
    project: values.project === undefined ? undefined : resolve(String(values.project)),
    exportDir: values.export === undefined ? undefined : resolve(String(values.export)),
    json: values.json === true,
    config: parsed.data,
  };
}
