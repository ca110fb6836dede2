import type { BenchRow } from './suites/training';

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function finalMetric(row: BenchRow): string {
  if (!row.final) return row.error ?? '-';
  if ('accuracy' in row.final) return `acc ${fmt(row.final.accuracy, 3)} / val ${fmt(row.final.val_accuracy ?? NaN, 3)}`;
  return `loss ${fmt(row.final.loss, 4)}`;
}

/** The human-readable result: one line per workload × backend, with the PyTorch ratio. */
export function formatTable(machine: { cpus: number; cpu: string; memoryGb: number; node: string; platform: string }, rows: BenchRow[]): string {
  const header = ['workload', 'backend', 'samples/s', 'peak MiB', 'epochs', 'final', 'torch samples/s', 'torch MiB', 'ratio vs torch'];
  const body = rows.map((r) => [
    r.workload,
    r.backend ?? '-',
    fmt(r.samplesPerSec),
    fmt(r.peakRssMb),
    `${r.epochs}${r.stoppedByBudget ? ' (time cap)' : ''}`,
    finalMetric(r),
    r.torch ? fmt(r.torch.samplesPerSec) : '-',
    r.torch ? fmt(r.torch.peakRssMb) : '-',
    r.ratioVsTorch === null ? '-' : `${fmt(r.ratioVsTorch, 2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [
    `Neurona Studio benchmark — ${machine.cpu} (${machine.cpus} cores, ${machine.memoryGb} GiB), Node ${machine.node}, ${machine.platform}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    'samples/s: training samples per second after warm-up; peak MiB: the run process\'s max RSS; ratio > 1 means faster than PyTorch CPU.',
    ...peerNote(rows),
  ].join('\n');
}

function peerNote(rows: BenchRow[]): string[] {
  const peer = rows.find((r) => r.torch)?.torch;
  if (!peer) return ['PyTorch peer: not run (no torch for /usr/bin/python3).'];
  const note = `PyTorch peer: torch ${peer.torch}, ${peer.threads} threads, BLAS ${peer.blas}.`;
  return peer.blas === 'generic'
    ? [`${note} Its matrix products use the generic reference BLAS (Debian's python3-torch; convolutions still use oneDNN), so dense-layer ratios flatter us against pip's MKL/OpenBLAS wheels.`]
    : [note];
}
