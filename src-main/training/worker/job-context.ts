import type * as tfTypes from '@tensorflow/tfjs';
import type { Graph } from '../../../src-shared/graph/format';
import type { DatasetShapeInfo } from '../../../src-shared/data/dataset';
import type { Tf } from '../engine/backends';
import type { RunControl } from '../engine/run-control';
import type { FromWorker } from './protocol';

export type ModelBuilder = (tf: Tf, graph: Graph, options: { seed: number; dataset?: DatasetShapeInfo }) => tfTypes.LayersModel;

/** What a job needs from its process; tests pass a fake channel and run jobs in-process. */
export interface JobContext {
  send(message: FromWorker): void;
  control: RunControl;
  buildModel: ModelBuilder;
}
