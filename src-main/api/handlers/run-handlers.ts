import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { listRunSummaries, loadRunDetail } from '../../training/run-summary';
import { predictSamples } from '../../training/predict-samples';

type RunHandlers = Pick<Handlers, 'runs.list' | 'runs.get' | 'runs.start' | 'runs.stop' | 'runs.pause' | 'runs.resume' | 'runs.predict'>;

export function createRunHandlers(ctx: StudioContext): RunHandlers {
  return {
    'runs.list': ({ projectPath }) => listRunSummaries(ctx.projects.get(projectPath)),
    'runs.get': ({ projectPath, runId }) => loadRunDetail(ctx.projects.get(projectPath), runId),
    'runs.start': ({ projectPath, modelId, datasetId, config }) => ctx.runs.start(projectPath, modelId, datasetId, config),
    'runs.stop': ({ projectPath, runId }) => ctx.runs.stop(projectPath, runId),
    'runs.pause': ({ projectPath, runId }) => ctx.runs.pause(projectPath, runId),
    'runs.resume': ({ projectPath, runId }) => ctx.runs.resume(projectPath, runId),
    'runs.predict': async ({ projectPath, runId, sampleIds }) => ({
      predictions: await predictSamples(ctx.projects.get(projectPath), ctx.runs, runId, sampleIds),
    }),
  };
}
