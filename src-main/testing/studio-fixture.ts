import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio, type Studio } from '../api/studio';
import { createForkLauncher, type WorkerLauncher } from '../training/worker/launcher';
import type { AnyEvent } from '../api/event-bus';
import { BUILT_WORKER, requireBuild } from './built-app';

export interface StudioFixture {
  studio: Studio;
  dataDir: string;
  events: AnyEvent[];
  /** Resolves with the first event matching the predicate (already seen or future). */
  waitFor(predicate: (e: AnyEvent) => boolean, timeoutMs?: number): Promise<AnyEvent>;
  close(): Promise<void>;
}

/** A whole studio on a temp data dir, training in real worker processes (the built out/main/worker.js). */
export async function startStudioFixture(options: { launcher?: WorkerLauncher } = {}): Promise<StudioFixture> {
  requireBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'neurona-it-'));
  const studio = await createStudio(
    { mode: 'browser', dataDir, defaultProjectsDir: dataDir, launcher: options.launcher ?? createForkLauncher(BUILT_WORKER), appVersion: 'test' },
    { validateOutput: true },
  );
  const events: AnyEvent[] = [];
  const waiters = new Set<{ predicate: (e: AnyEvent) => boolean; resolve: (e: AnyEvent) => void }>();
  studio.events.subscribe((e) => {
    events.push(e);
    for (const w of [...waiters]) if (w.predicate(e)) {
      waiters.delete(w);
      w.resolve(e);
    }
  });
  return {
    studio,
    dataDir,
    events,
    waitFor(predicate, timeoutMs = 60_000) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching event within ${timeoutMs} ms`));
        }, timeoutMs);
      });
    },
    async close() {
      await studio.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
