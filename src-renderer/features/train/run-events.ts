import type { EventPayload, RunDetail, RunSummary } from '../../../src-shared/contract';
import { isActiveStatus } from '../../../src-shared/training/run-status';

export type MetricPoint = { epoch: number; value: number };
export type MetricSeries = Record<string, MetricPoint[]>;
export type RunProgress = EventPayload<'run.progress'>;

/** What the Train tab knows about the open project's runs, fed by API calls and live events. */
export interface RunsSnapshot {
  runs: RunSummary[];
  details: Record<number, RunDetail>;
  /** Epoch metrics that arrived as events, kept apart so a late runs.get cannot drop them. */
  live: Record<number, MetricSeries>;
  progress: Record<number, RunProgress>;
}

export const EMPTY_RUNS: RunsSnapshot = { runs: [], details: {}, live: {}, progress: {} };

/** Union of two series sets by epoch; the second wins on the same epoch. */
export function mergeSeries(a: MetricSeries, b: MetricSeries): MetricSeries {
  const out: MetricSeries = {};
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const byEpoch = new Map<number, number>();
    for (const p of a[name] ?? []) byEpoch.set(p.epoch, p.value);
    for (const p of b[name] ?? []) byEpoch.set(p.epoch, p.value);
    out[name] = [...byEpoch].sort((x, y) => x[0] - y[0]).map(([epoch, value]) => ({ epoch, value }));
  }
  return out;
}

function patchRun(state: RunsSnapshot, runId: number, patch: Partial<RunSummary>): Pick<RunsSnapshot, 'runs' | 'details'> {
  const runs = state.runs.map((r) => (r.id === runId ? { ...r, ...patch } : r));
  const detail = state.details[runId];
  const details = detail ? { ...state.details, [runId]: { ...detail, ...patch } } : state.details;
  return { runs, details };
}

function withoutKey<T>(record: Record<number, T>, key: number): Record<number, T> {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}

export function applyStatus(state: RunsSnapshot, e: EventPayload<'run.status'>): RunsSnapshot {
  const progress = isActiveStatus(e.status) && e.status !== 'paused' ? state.progress : withoutKey(state.progress, e.runId);
  return { ...state, ...patchRun(state, e.runId, { status: e.status, ...(e.backend ? { backend: e.backend } : {}) }), progress };
}

export function applyProgress(state: RunsSnapshot, e: RunProgress): RunsSnapshot {
  // Progress means the worker is going, even if its run.status was missed.
  const queued = state.runs.find((r) => r.id === e.runId)?.status === 'queued';
  return { ...state, ...(queued ? patchRun(state, e.runId, { status: 'running' }) : {}), progress: { ...state.progress, [e.runId]: e } };
}

export function applyEpoch(state: RunsSnapshot, e: EventPayload<'run.epoch'>): RunsSnapshot {
  const points: MetricSeries = {};
  for (const [name, value] of Object.entries(e.metrics)) points[name] = [{ epoch: e.epoch, value }];
  const live = { ...state.live, [e.runId]: mergeSeries(state.live[e.runId] ?? {}, points) };
  const run = state.runs.find((r) => r.id === e.runId);
  const patch = run && e.epoch >= run.epochsCompleted ? { epochsCompleted: e.epoch, final: e.metrics } : {};
  return { ...state, ...patchRun(state, e.runId, patch), live };
}

export function applyFinished(state: RunsSnapshot, e: EventPayload<'run.finished'>): RunsSnapshot {
  const patch: Partial<RunSummary> = { status: e.status, epochsCompleted: e.epochsCompleted, error: e.error };
  if (e.final) patch.final = e.final;
  return { ...state, ...patchRun(state, e.runId, patch), progress: withoutKey(state.progress, e.runId) };
}

/** A fresh runs.list: keeps loaded details, drops progress of runs no longer active. */
export function adoptRuns(state: RunsSnapshot, runs: RunSummary[]): RunsSnapshot {
  const sorted = [...runs].sort((a, b) => b.id - a.id);
  let progress = state.progress;
  for (const r of sorted) if (!isActiveStatus(r.status)) progress = withoutKey(progress, r.id);
  return { ...state, runs: sorted, progress };
}

/**
 * A fetched run can be older than events already applied: run.finished may arrive while
 * runs.get is on its way, and run.status 'running' before the answer to runs.start ('queued').
 * A final status beats an active one, and a started run never goes back to queued.
 */
function fresher<T extends RunSummary>(known: RunSummary | undefined, fetched: T): T {
  if (!known) return fetched;
  const keep =
    (!isActiveStatus(known.status) && isActiveStatus(fetched.status)) || (known.status !== 'queued' && fetched.status === 'queued');
  if (!keep) return fetched;
  return { ...fetched, status: known.status, epochsCompleted: Math.max(known.epochsCompleted, fetched.epochsCompleted), final: known.final ?? fetched.final, error: known.error, backend: known.backend ?? fetched.backend };
}

/** A run from an API answer, merged with what events already said. */
export function adoptRun(state: RunsSnapshot, run: RunSummary): RunsSnapshot {
  const known = state.runs.find((r) => r.id === run.id);
  const next = fresher(known, run);
  const others = state.runs.filter((r) => r.id !== run.id);
  const detail = state.details[run.id];
  const details = detail ? { ...state.details, [run.id]: { ...detail, ...next } } : state.details;
  return { ...state, runs: [next, ...others].sort((a, b) => b.id - a.id), details };
}

export function adoptDetail(state: RunsSnapshot, detail: RunDetail): RunsSnapshot {
  const known = state.runs.find((r) => r.id === detail.id);
  const next = fresher(known, detail);
  const { metrics: _metrics, checkpoints: _checkpoints, ...summary } = next;
  const adopted = adoptRun(state, summary);
  return { ...adopted, details: { ...adopted.details, [detail.id]: next } };
}
