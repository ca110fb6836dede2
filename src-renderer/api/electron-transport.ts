import type { CallResult } from '../../src-shared/contract';
import type { StudioBridge } from './studio-bridge';
import type { Transport } from './transport';

// The transport is untyped underneath (the typed client sits on top), so the bridge's
// per-method generics are widened here once.
type UntypedBridge = {
  invoke(method: string, input: unknown): Promise<CallResult<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
};

/** The desktop app: the preload's bridge already speaks CallResult; IPC does not drop. */
export function createElectronTransport(bridge: StudioBridge): Transport {
  const untyped = bridge as unknown as UntypedBridge;
  return {
    invoke: (method, input) => untyped.invoke(method, input),
    on: (event, cb) => untyped.on(event, cb),
    onConnectionChange: () => () => {},
  };
}
