// Error codes that cross process boundaries (worker -> main -> UI/CLI).
// `message` is English (the CLI prints it); the UI translates by `code`, filling from `details`.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'SENDER_REJECTED',
  // browser-mode server
  'UNAUTHORIZED',
  'ORIGIN_REFUSED',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'INTERNAL',
  // projects
  'PROJECT_NAME_INVALID',
  'PROJECT_EXISTS',
  'PROJECT_NOT_FOUND',
  'PROJECT_DB_TOO_NEW',
  'PROJECT_DB_CORRUPT',
  // datasets
  'FILE_NOT_FOUND',
  'CSV_EMPTY',
  'CSV_PARSE',
  'CSV_TARGET_MISSING',
  'CSV_TARGET_SINGLE_CLASS',
  'CSV_NO_FEATURES',
  'CSV_TOO_FEW_ROWS',
  'CSV_COLUMN_MISSING',
  'CSV_VALUE_INVALID',
  'SPLIT_EMPTY',
  'FOLDER_NOT_FOUND',
  'FOLDER_NO_CLASSES',
  'FOLDER_TOO_FEW_IMAGES',
  'IMAGE_UNREADABLE',
  'DATASET_IN_USE',
  // models
  'SHAPE_ERROR',
  'GRAPH_INVALID',
  'MODEL_INPUT_MISMATCH',
  'MODEL_OUTPUT_MISMATCH',
  'TEMPLATE_UNKNOWN',
  'TEMPLATE_NOT_APPLICABLE',
  'MODEL_FILE_INVALID',
  'MODEL_LAYERS_UNSUPPORTED',
  // training
  'BACKEND_UNAVAILABLE',
  'KERNEL_UNSUPPORTED',
  'RUN_NOT_ACTIVE',
  'RUN_ALREADY_ACTIVE',
  'RUN_DIVERGED',
  'RUN_FAILED',
  'WORKER_CRASHED',
  'CHECKPOINT_INVALID',
  // export
  'EXPORT_NO_CHECKPOINT',
  'EXPORT_DIR_NOT_EMPTY',
  'PATH_OUTSIDE_FOLDER',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Record<string, string | number | boolean | null | undefined | string[] | number[]>;

/** The plain shape an error takes when it crosses a process boundary. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** Thrown inside modules; the router turns it into an ErrorPayload. */
export class StudioError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into a payload; unknown errors become INTERNAL without leaking a stack. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof StudioError) return err.toPayload();
  if (err && typeof err === 'object' && isErrorCode((err as { code?: unknown }).code) && typeof (err as { message?: unknown }).message === 'string') {
    const e = err as ErrorPayload;
    return e.details ? { code: e.code, message: e.message, details: e.details } : { code: e.code, message: e.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: message || 'Unexpected error' };
}

export function fromErrorPayload(payload: ErrorPayload): StudioError {
  return new StudioError(payload.code, payload.message, payload.details);
}
