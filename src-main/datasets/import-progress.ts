/** Receives (done, total) while an import works through its items. */
export type ImportProgress = (done: number, total: number) => void;

export const PROGRESS_INTERVAL_MS = 100;

/**
 * Wraps a progress callback so it fires at most every `intervalMs` (about 10 a second): the
 * start (0) and the end (done === total) always get through, intermediate counts only when
 * enough time has passed. `now` is injectable for tests.
 */
export function throttleProgress(onProgress: ImportProgress, intervalMs = PROGRESS_INTERVAL_MS, now: () => number = Date.now): ImportProgress {
  let last = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    const t = now();
    if (done !== 0 && done < total && t - last < intervalMs) return;
    last = t;
    onProgress(done, total);
  };
}
