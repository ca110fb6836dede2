// Backend ids, the same everywhere: UI, CLI, database (DESIGN.md "Training").
// The ladder is tried in this order by `auto`.
export const BACKEND_LADDER = ['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu'] as const;
export type BackendId = (typeof BACKEND_LADDER)[number];
export const BACKEND_CHOICES = ['auto', ...BACKEND_LADDER] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

export function isBackendId(value: string): value is BackendId {
  return (BACKEND_LADDER as readonly string[]).includes(value);
}
