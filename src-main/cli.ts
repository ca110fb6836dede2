import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname, resolve } from 'node:path';
import pkg from '../package.json';
import { createStudio } from './api/studio';
import { createForkLauncher } from './training/worker/launcher';
import { StudioError } from '../src-shared/errors';
import { CliUsageError } from './cli/cli-error';
import { defaultDataDir, defaultDocumentsDir } from './cli/app-paths';
import { parseTrainOptions } from './cli/train-options';
import { runTrain } from './cli/train-command';
import { runServe } from './cli/serve-command';
import { formatInspection, inspectModelFile } from './cli/inspect-command';
import { PROJECT_USAGE, runProjectCommand } from './cli/project-command';
import { loadOrCreateToken } from './server/token-file';

// Entry of the built out/main/cli.js; paths are resolved here, next to the other built entries.
const here = dirname(fileURLToPath(import.meta.url));
const WORKER_PATH = join(here, 'worker.js');
const RENDERER_DIR = resolve(here, '../renderer');

const HELP = `Neurona Studio ${pkg.version}

Usage:
  neurona serve [--port N] [--data-dir DIR] [--token-file PATH]
      Browser mode on 127.0.0.1; prints the URL with its access token. With --token-file the
      token is read from PATH, or made and saved there (readable by you only), so the same
      link works after a restart.
  neurona train DATA [--target COLUMN] [--template NAME] [--epochs N] [--batch-size N]
                [--learning-rate X] [--optimizer sgd|momentum|adam|rmsprop|adagrad]
                [--backend auto|tfjs-node-gpu|tfjs-node|wasm|cpu] [--seed N]
                [--project DIR.neurona] [--export DIR] [--data-dir DIR] [--json]
      DATA is a CSV file (with --target) or an image folder whose sub-folders are the classes.
      Progress goes to stderr, one line per epoch; --json prints the result as JSON on stdout.
${PROJECT_USAGE}
  neurona model inspect FILE [--json]
      FILE is a TensorFlow.js model.json or a Keras model JSON (model.to_json()). Prints each layer
      with its output shape and parameter count, and the totals; --json prints one JSON object.
  neurona --version | --help
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  // Inspecting a model file needs no worker, project or data folder.
  if (command === 'model') return runModelCommand(rest);
  if (!existsSync(WORKER_PATH)) throw new CliUsageError(`the build is incomplete (${WORKER_PATH} is missing): run npm run build`);

  if (command === 'serve') {
    const { values } = parseArgs({ args: rest, options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'token-file': { type: 'string' } }, strict: true });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    const tokenFile = values['token-file'] === undefined ? undefined : loadOrCreateToken(resolve(values['token-file']));
    if (tokenFile?.warning) process.stderr.write(`neurona: warning: ${tokenFile.warning}\n`);
    const studio = await createStudio(
      { mode: 'browser', dataDir, defaultProjectsDir: values['data-dir'] ? dataDir : defaultDocumentsDir(), launcher: createForkLauncher(WORKER_PATH), appVersion: pkg.version },
      { log: (line) => process.stderr.write(`${line}\n`) },
    );
    try {
      await runServe(studio, { port, rendererDir: RENDERER_DIR, token: tokenFile?.token });
    } finally {
      await studio.close();
    }
    return 0;
  }

  if (command === 'train') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        target: { type: 'string' },
        template: { type: 'string' },
        epochs: { type: 'string' },
        'batch-size': { type: 'string' },
        'learning-rate': { type: 'string' },
        optimizer: { type: 'string' },
        backend: { type: 'string' },
        seed: { type: 'string' },
        project: { type: 'string' },
        export: { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const options = parseTrainOptions({ positionals, values });
    const dataDir = resolve(values['data-dir'] ?? process.env.NEURONA_DATA_DIR ?? defaultDataDir());
    const studio = await createStudio(
      { mode: 'browser', dataDir, defaultProjectsDir: defaultDocumentsDir(), launcher: createForkLauncher(WORKER_PATH), appVersion: pkg.version },
      { log: (line) => process.stderr.write(`${line}\n`) },
    );
    try {
      const { result } = await runTrain(studio, options, (line) => process.stderr.write(`${line}\n`));
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(`run ${result.runId} completed ${result.epochs} epochs on ${result.backend}; project ${result.project}\n`);
    } finally {
      await studio.close();
    }
    return 0;
  }

  if (command === 'project') {
    const dataDir = resolve(process.env.NEURONA_DATA_DIR ?? defaultDataDir());
    const studio = await createStudio(
      { mode: 'browser', dataDir, defaultProjectsDir: defaultDocumentsDir(), launcher: createForkLauncher(WORKER_PATH), appVersion: pkg.version },
      { log: (line) => process.stderr.write(`${line}\n`) },
    );
    try {
      process.stdout.write(`${await runProjectCommand(studio, rest, (line) => process.stderr.write(`${line}\n`))}\n`);
    } finally {
      await studio.close();
    }
    return 0;
  }
  throw new CliUsageError(`unknown command "${command}"; try neurona --help`);
}

function runModelCommand(args: string[]): number {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'inspect') throw new CliUsageError(`unknown model command "${subcommand ?? ''}"; try neurona model inspect FILE`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new CliUsageError('neurona model inspect takes one FILE: a TensorFlow.js model.json or a Keras model JSON');
  const inspection = inspectModelFile(resolve(positionals[0]));
  for (const { layer, setting } of inspection.ignored) process.stderr.write(`note: ${layer}: ${setting} is not kept by the studio\n`);
  process.stdout.write(values.json ? `${JSON.stringify(inspection.result)}\n` : formatInspection(inspection));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliUsageError) {
      process.stderr.write(`neurona: ${err.message}\n`);
      process.exit(2);
    }
    // parseArgs reports unknown options and missing values with these codes.
    const code = (err as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      process.stderr.write(`neurona: ${(err as Error).message.split('\n')[0]}\n`);
      process.exit(2);
    }
    const message = err instanceof StudioError ? `${err.message} [${err.code}]` : err instanceof Error ? err.message : String(err);
    process.stderr.write(`neurona: ${message.split('\n')[0]}\n`);
    process.exit(1);
  },
);
