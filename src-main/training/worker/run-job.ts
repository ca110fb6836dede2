import { toErrorPayload } from '../../../src-shared/errors';
import { probeBackends } from '../engine/backends';
import type { JobContext } from './job-context';
import type { WorkerJob } from './protocol';
import { runPredictJob } from './predict-job';
import { runTrainJob } from './train-job';

/** Runs one job to its end; every failure becomes a `failed` message with a code, never a stack. */
export async function runWorkerJob(job: WorkerJob, context: JobContext): Promise<void> {
  try {
    switch (job.type) {
      case 'train':
        await runTrainJob(job, context);
        return;
      case 'predict':
        await runPredictJob(job, context);
        return;
      case 'probe':
        context.send({ type: 'probe', backends: await probeBackends() });
        return;
    }
  } catch (err) {
    context.send({ type: 'failed', error: toErrorPayload(err) });
  }
}
