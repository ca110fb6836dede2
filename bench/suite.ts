import { fork } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One benchmark suite (`npm run bench -- --suite ID`). A suite prints its own figures and ratios;
 * fresh processes it needs (so peak memory is a run's own) re-enter the bench bundle through
 * `forkSuiteChild`, which calls the suite's `child`.
 */
export interface BenchSuite {
  id: string;
  summary: string;
  run(args: string[]): Promise<void>;
  child?(args: string[]): Promise<void>;
}

/** The built bench bundle (out/main/bench.js): every suite and child runs from it. */
export const BENCH_ENTRY = fileURLToPath(import.meta.url);
export const PROJECT_ROOT = resolve(dirname(BENCH_ENTRY), '../..');

/** Runs `bench.js --child SUITE ARGS…` and parses the last line it prints on stdout as JSON. */
export function forkSuiteChild<T>(suiteId: string, args: string[], options: { execArgv?: string[] } = {}): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(BENCH_ENTRY, ['--child', suiteId, ...args], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], execArgv: options.execArgv });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolvePromise(JSON.parse(line) as T);
      } catch {
        reject(new Error(`bench child ${suiteId} ${args.join(' ')} exited with ${code}: ${out.slice(-500)}`));
      }
    });
  });
}

export interface Invocation {
  suites: string[] | null;
  args: string[];
}

/** Splits `--suite a,b` (repeatable) from the arguments passed on to the suites. */
export function parseInvocation(argv: string[]): Invocation {
  const args: string[] = [];
  let suites: string[] | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--suite' || arg.startsWith('--suite=')) {
      const value = arg === '--suite' ? argv[++i] : arg.slice('--suite='.length);
      if (!value) throw new Error('--suite needs a suite id');
      suites = [...(suites ?? []), ...value.split(',').filter(Boolean)];
    } else args.push(arg);
  }
  return { suites, args };
}
