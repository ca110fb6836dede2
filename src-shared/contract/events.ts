import { z } from 'zod';
import { RUN_STATUSES } from '../training/run-status';
import { BACKEND_LADDER } from '../training/backends';
import { ErrorPayloadSchema, MetricsRecordSchema } from './runs';

const RunEventBase = z.object({ projectPath: z.string(), runId: z.number().int() });

export const eventSchemas = {
  /** A run changed status (started on a backend, paused, resumed, …). */
  'run.status': RunEventBase.extend({ status: z.enum(RUN_STATUSES), backend: z.enum(BACKEND_LADDER).nullable() }),
  /** Progress inside the current epoch; sent at most ~10 times a second. */
  'run.progress': RunEventBase.extend({
    phase: z.enum(['preparing', 'training', 'validating']),
    epoch: z.number().int(),
    epochs: z.number().int(),
    batch: z.number().int(),
    batches: z.number().int(),
    samplesPerSec: z.number(),
    etaSeconds: z.number().nullable(),
  }),
  /** An epoch ended; metrics are already stored. */
  'run.epoch': RunEventBase.extend({ epoch: z.number().int(), metrics: MetricsRecordSchema }),
  /** The run reached a final status. */
  'run.finished': RunEventBase.extend({
    status: z.enum(RUN_STATUSES),
    epochsCompleted: z.number().int(),
    final: MetricsRecordSchema.nullable(),
    error: ErrorPayloadSchema.nullable(),
  }),
  'import.progress': z.object({
    projectPath: z.string(),
    /** What is being imported (e.g. "mnist", a folder name). */
    source: z.string(),
    done: z.number().int(),
    total: z.number().int(),
  }),
  /** Bytes packed or unpacked so far while a project archive is exported or imported. */
  'archive.progress': z.object({
    operation: z.enum(['export', 'import']),
    file: z.string(),
    done: z.number().int(),
    total: z.number().int(),
  }),
};

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
