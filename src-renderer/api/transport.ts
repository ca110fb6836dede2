import type { CallResult } from '../../src-shared/contract';

/** The live-events connection, as far as the UI cares. */
export type ConnectionState = 'open' | 'reconnecting';

/** One way of reaching the API: the Electron bridge or HTTP + WebSocket. The typed client sits on top. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<CallResult<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  /** Reports when live events drop and come back (events sent in between are lost; callers reload). */
  onConnectionChange(cb: (state: ConnectionState) => void): () => void;
}
