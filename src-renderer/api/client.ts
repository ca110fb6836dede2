import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../src-shared/contract';
import { ApiError } from './api-error';
import type { ConnectionState, Transport } from './transport';

/** The one typed client: every method and event of the contract, over whichever transport. */
export interface ApiClient {
  /** Resolves with the method's output, or throws an ApiError with the API's code. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  onConnectionChange(cb: (state: ConnectionState) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await transport.invoke(method, input);
      if (result.ok) return result.value as MethodOutput<M>;
      throw new ApiError(result.error.code, result.error.message, result.error.details);
    },
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      return transport.on(event, (payload) => cb(payload as EventPayload<E>));
    },
    onConnectionChange: (cb) => transport.onConnectionChange(cb),
  };
}
