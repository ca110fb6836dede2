import { z } from 'zod';
import { BACKEND_CHOICES } from './backends';

export const OPTIMIZERS = ['sgd', 'momentum', 'adam', 'rmsprop', 'adagrad'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const TrainConfigSchema = z.object({
  epochs: z.number().int().min(1).max(10_000).default(20),
  batchSize: z.number().int().min(1).max(8192).default(32),
  learningRate: z.number().gt(0).max(10).default(0.01),
  optimizer: z.enum(OPTIMIZERS).default('adam'),
  backend: z.enum(BACKEND_CHOICES).default('auto'),
  /** Seeds shuffling and weight initialisation, so a run can be repeated. */
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
  /** Clip each gradient's global norm to this value; 0 turns clipping off. */
  clipNorm: z.number().min(0).max(1e6).default(0),
});

export type TrainConfig = z.output<typeof TrainConfigSchema>;
export type TrainConfigInput = z.input<typeof TrainConfigSchema>;

export const DEFAULT_TRAIN_CONFIG: TrainConfig = TrainConfigSchema.parse({});
