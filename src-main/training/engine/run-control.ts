// Pause, resume and stop requests from main, read by the training loop between batches.

export class RunControl {
  private pauseRequested = false;
  private stopRequested = false;
  private wake: (() => void) | null = null;

  get stopping(): boolean {
    return this.stopRequested;
  }

  get pausing(): boolean {
    return this.pauseRequested && !this.stopRequested;
  }

  pause(): void {
    this.pauseRequested = true;
  }

  resume(): void {
    this.pauseRequested = false;
    this.release();
  }

  stop(): void {
    this.stopRequested = true;
    this.release();
  }

  /** Resolves once the run is resumed or stopped (at once when it is not paused). */
  waitWhilePaused(): Promise<void> {
    if (!this.pausing) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.wake;
      this.wake = () => {
        previous?.();
        resolve();
      };
    });
  }

  private release(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
