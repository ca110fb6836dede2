/**
 * Codes the client itself produces when a call never reaches a handler. The server's own codes
 * are in src-shared/errors.ts; both kinds are translated by code in the UI.
 */
export const CLIENT_ERROR_CODES = ['UNAUTHORIZED', 'ORIGIN_REFUSED', 'NETWORK', 'BAD_RESPONSE'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type ErrorDetailsMap = Record<string, unknown>;

/** What a failed call throws: the API's `{ code, message, details }`, never a stack trace. */
export class ApiError extends Error {
  readonly code: string;
  readonly details: ErrorDetailsMap;

  constructor(code: string, message: string, details?: ErrorDetailsMap) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details ?? {};
  }
}

/** Anything caught in the UI becomes an ApiError; unknown throwables become INTERNAL. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err && typeof err === 'object' && typeof (err as { code?: unknown }).code === 'string') {
    const e = err as { code: string; message?: unknown; details?: unknown };
    const details = e.details && typeof e.details === 'object' ? (e.details as ErrorDetailsMap) : undefined;
    return new ApiError(e.code, typeof e.message === 'string' ? e.message : e.code, details);
  }
  return new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
}
