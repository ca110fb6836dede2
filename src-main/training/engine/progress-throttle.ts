// At most one progress report per interval (DESIGN.md: ~10 messages a second), except reports
// that must always go out (the last batch of an epoch).

export class ProgressThrottle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True when a report should be sent now; `force` always sends and restarts the interval. */
  shouldSend(force = false): boolean {
    const t = this.now();
    if (!force && t - this.last < this.intervalMs) return false;
    this.last = t;
    return true;
  }
}
