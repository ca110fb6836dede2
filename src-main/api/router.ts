import { z } from 'zod';
import {
  isMethodName,
  methods,
  type CallResult,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../src-shared/contract';
import { StudioError, toErrorPayload } from '../../src-shared/errors';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './input-depth';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

export interface Router {
  /** Validates the input against the contract, runs the handler, and never throws. */
  call(method: string, input: unknown): Promise<CallResult<unknown>>;
  /** Typed in-process call for the CLI; throws StudioError on failure. */
  invoke<M extends MethodName>(method: M, input: z.input<(typeof methods)[M]['input']>): Promise<MethodOutput<M>>;
}

export interface RouterOptions {
  /** Check handler outputs against the contract too (on in tests and dev, where drift is a bug). */
  validateOutput?: boolean;
  /** Called with unexpected (non-StudioError) failures, e.g. to log their stack. */
  onInternalError?: (method: string, err: unknown) => void;
}

function describeIssues(error: z.ZodError): { message: string; field: string; reason?: string } {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.map(String).join('.') : '(input)';
  // Refinements that know why (a relative path, a NUL byte) say so in `params.reason`.
  const params = first?.code === 'custom' ? (first as { params?: { reason?: unknown } }).params : undefined;
  const reason = typeof params?.reason === 'string' ? params.reason : undefined;
  return { message: `${field}: ${first?.message ?? 'invalid value'}`, field, reason };
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  async function run(method: string, rawInput: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      throw new StudioError('UNKNOWN_METHOD', `Unknown method "${method}"`, { method });
    }
    const spec = methods[method];
    if (nestsDeeperThan(rawInput, MAX_INPUT_DEPTH)) {
      throw new StudioError('INVALID_INPUT', `Invalid input for ${method}: it nests deeper than ${MAX_INPUT_DEPTH} levels`, { method, field: '(input)', reason: 'too_deep' });
    }
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const { message, field, reason } = describeIssues(parsed.error);
      throw new StudioError('INVALID_INPUT', `Invalid input for ${method}: ${message}`, reason ? { method, field, reason } : { method, field });
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (options.validateOutput) {
      const out = spec.output.safeParse(value);
      if (!out.success) {
        const { message } = describeIssues(out.error);
        throw new Error(`Handler for ${method} returned a value that breaks the contract: ${message}`);
      }
      return out.data;
    }
    return value;
  }

  return {
    async call(method, input) {
      try {
        return { ok: true, value: await run(method, input) };
      } catch (err) {
        if (!(err instanceof StudioError)) options.onInternalError?.(method, err);
        return { ok: false, error: toErrorPayload(err) };
      }
    },
    async invoke(method, input) {
      try {
        return (await run(method, input)) as MethodOutput<typeof method>;
      } catch (err) {
        if (err instanceof StudioError) throw err;
        options.onInternalError?.(method, err);
        const payload = toErrorPayload(err);
        throw new StudioError(payload.code, payload.message, payload.details);
      }
    },
  };
}
