/** Bytes done of total, for a progress bar; called often, so callers throttle what they send on. */
export type ArchiveProgress = (done: number, total: number) => void;

/** At most one call per `intervalMs`, plus always the last one (done === total). */
export function throttleProgress(onProgress: ArchiveProgress, intervalMs = 100, now: () => number = Date.now): ArchiveProgress {
  let last = -Infinity;
  return (done, total) => {
    const t = now();
    if (done < total && t - last < intervalMs) return;
    last = t;
    onProgress(done, total);
  };
}
