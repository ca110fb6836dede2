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
  // project archives (.neurona.zip)
  'ARCHIVE_INVALID',
  'ARCHIVE_UNSAFE_PATH',
  'ARCHIVE_TOO_LARGE',
  'ARCHIVE_RATIO_TOO_HIGH',
  'ARCHIVE_EXISTS',
  // desktop shell
  'DROP_UNSUPPORTED',
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

// An absolute path inside a message: POSIX (/…), Windows (C:\… or C:/…), UNC (\\server\…) or a
// file: URL, starting a message or after a space, quote, bracket, '=' or ':'.
const PATH_IN_TEXT = /(^|[\s'"`([=:])(?:file:\/\/\S*|\/[^\s'"`)\]]*|[A-Za-z]:[\\/][^\s'"`)\]]*|\\\\[^\s'"`)\]]+)/g;
const MAX_INTERNAL_MESSAGE = 300;

/** Replaces every absolute path in a text with "<path>". */
export function redactPaths(text: string): string {
  return text.replace(PATH_IN_TEXT, '$1<path>');
}

/**
 * What an unexpected error may say across a process boundary: its first line, with paths taken
 * out (a NUL byte in a path made Node echo the whole path back) and never its stack. A Node
 * system error says its code and the call that failed ("EACCES during open").
 */
export function describeInternalError(err: unknown): string {
  const e = err as { code?: unknown; syscall?: unknown } | null;
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    return `Unexpected ${e.code} error${typeof e.syscall === 'string' ? ` during ${e.syscall}` : ''}`;
  }
  const raw = err instanceof Error ? err.message : String(err);
  const firstLine = raw.split('\n')[0]!.replace(/\0/g, '');
  const text = redactPaths(firstLine).slice(0, MAX_INTERNAL_MESSAGE).trim();
  return text || 'Unexpected error';
}

/** Turns anything thrown into a payload; unknown errors become INTERNAL without a stack or a path. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof StudioError) return err.toPayload();
  if (err && typeof err === 'object' && isErrorCode((err as { code?: unknown }).code) && typeof (err as { message?: unknown }).message === 'string') {
    const e = err as ErrorPayload;
    return e.details ? { code: e.code, message: e.message, details: e.details } : { code: e.code, message: e.message };
  }
  return { code: 'INTERNAL', message: describeInternalError(err) };
}

export function fromErrorPayload(payload: ErrorPayload): StudioError {
  return new StudioError(payload.code, payload.message, payload.details);
}
