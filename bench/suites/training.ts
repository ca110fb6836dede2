import { parseArgs } from 'node:util';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { WORKLOADS, findWorkload, type Workload } from '../workloads';
import { prepareJobs } from '../prepare-jobs';
import { runChild, writePeerData, type ChildResult } from '../child-run';
import { formatTable } from '../report';
import type { BackendId } from '../../src-shared/training/backends';
import { forkSuiteChild, PROJECT_ROOT, type BenchSuite } from '../suite';

// `npm run bench -- --suite training`: each reference workload on each available backend, in a
// fresh process per run (so peak memory is the run's own), plus PyTorch CPU on the same data
// where it is installed.

const TORCH_PEER = join(PROJECT_ROOT, 'bench', 'peers', 'torch_peer.py');

export interface BenchRow extends ChildResult {
  workload: string;
  torch: { samplesPerSec: number; peakRssMb: number; threads: number; torch: string; blas: string } | null;
  /** Our samples/s divided by PyTorch's: above 1 means faster than PyTorch. */
  ratioVsTorch: number | null;
}

function forkJson<T>(args: string[]): Promise<T> {
  return forkSuiteChild<T>('training', args);
}

function torchAvailable(): string | null {
  const r = spawnSync('/usr/bin/python3', ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function runTrainingSuite(args: string[]): Promise<void> {
  if (!existsSync(TORCH_PEER)) throw new Error(`bench must run from the built project (missing ${TORCH_PEER})`);
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      quick: { type: 'boolean' },
      workloads: { type: 'string' },
      backends: { type: 'string' },
      'no-peer': { type: 'boolean' },
    },
  });
  const workloads = (values.workloads ? values.workloads.split(',').map(findWorkload) : [...WORKLOADS]).map((w): Workload =>
    values.quick ? { ...w, epochs: Math.max(2, Math.ceil(w.epochs / 4)), maxSeconds: Math.min(w.maxSeconds, 20) } : w,
  );
  const log = (line: string): void => void process.stderr.write(`${line}\n`);

  const probe = await forkJson<{ id: BackendId; available: boolean; reason: string | null }[]>(['--child-probe']);
  for (const b of probe) log(`backend ${b.id}: ${b.available ? 'available' : `unavailable (${b.reason})`}`);
  const wanted = values.backends ? values.backends.split(',') : null;
  const backends = probe.filter((b) => b.available && (!wanted || wanted.includes(b.id))).map((b) => b.id);

  log('preparing the sample datasets with the studio importers…');
  const jobs = await prepareJobs(workloads);
  const scratch = mkdtempSync(join(tmpdir(), 'neurona-bench-jobs-'));
  const torchVersion = values['no-peer'] ? null : torchAvailable();
  if (!values['no-peer'] && !torchVersion) log('PyTorch peer skipped: /usr/bin/python3 has no torch (Debian: apt-get install python3-torch)');
  const threads = availableParallelism();

  const rows: BenchRow[] = [];
  try {
    for (const w of workloads) {
      let torch: BenchRow['torch'] = null;
      if (torchVersion) {
        const jobFile = join(scratch, `${w.id}-peer.json`);
        writeFileSync(jobFile, JSON.stringify(jobs.jobFor(w, 'cpu')));
        const dataFile = join(scratch, `${w.id}.f32`);
        await forkJson<{ ok: true }>(['--child-peer-data', jobFile, dataFile, String(threads)]);
        log(`${w.id}: PyTorch ${torchVersion} (${threads} threads)…`);
        const out = execFileSync('/usr/bin/python3', [TORCH_PEER, w.id, String(w.epochs), String(w.batchSize), dataFile], { encoding: 'utf8' });
        torch = JSON.parse(out.trim().split('\n').pop()!);
      }
      for (const backend of backends) {
        log(`${w.id}: ${backend}…`);
        const jobFile = join(scratch, `${w.id}-${backend}.json`);
        writeFileSync(jobFile, JSON.stringify(jobs.jobFor(w, backend)));
        const r = await forkJson<ChildResult>(['--child-run', jobFile, String(w.maxSeconds)]);
        rows.push({ ...r, workload: w.id, torch, ratioVsTorch: torch && r.samplesPerSec > 0 ? r.samplesPerSec / torch.samplesPerSec : null });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(dirname(jobs.projectDir), { recursive: true, force: true });
  }

  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
  if (values.json) process.stdout.write(`${JSON.stringify({ machine, workloads, rows }, null, 2)}\n`);
  else process.stdout.write(`${formatTable(machine, rows)}\n`);
}

async function trainingChild([flag, ...args]: string[]): Promise<void> {
  // Measure what the worker runs: it switches tfjs to production mode (no debug checks, no banner).
  const tf = await import('@tensorflow/tfjs');
  tf.enableProdMode();
  if (flag === '--child-probe') {
    const { probeBackends } = await import('../../src-main/training/engine/backends');
    process.stdout.write(`${JSON.stringify(await probeBackends())}\n`);
    return;
  }
  if (flag === '--child-run') {
    const result = await runChild(args[0]!, Number(args[1]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (flag === '--child-peer-data') {
    await writePeerData(args[0]!, args[1]!, Number(args[2]));
    process.stdout.write('{"ok":true}\n');
    return;
  }
  throw new Error(`unknown training child mode ${flag}`);
}

export const suite: BenchSuite = {
  id: 'training',
  summary: 'Reference training workloads on every available backend, with PyTorch CPU as the peer',
  run: runTrainingSuite,
  child: trainingChild,
};
