import type { SampleDatasetId } from '../src-shared/data/dataset';

/** A reference workload: a built-in dataset, a template and how long to train it. */
export interface Workload {
  id: string;
  title: string;
  sample: SampleDatasetId;
  template: string;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** A run stops after this long even if epochs remain (the cpu backend is very slow on CNNs). */
  maxSeconds: number;
}

export const WORKLOADS: readonly Workload[] = [
  { id: 'iris-mlp', title: 'Iris MLP (4-64-32-3)', sample: 'iris', template: 'mlp', epochs: 60, batchSize: 16, learningRate: 0.01, maxSeconds: 60 },
  { id: 'mnist-cnn', title: 'MNIST CNN (cnn-small, 1,500 digits)', sample: 'mnist', template: 'cnn-small', epochs: 4, batchSize: 32, learningRate: 0.001, maxSeconds: 60 },
];

export function findWorkload(id: string): Workload {
  const w = WORKLOADS.find((x) => x.id === id);
  if (!w) throw new Error(`Unknown workload "${id}"; known: ${WORKLOADS.map((x) => x.id).join(', ')}`);
  return w;
}
