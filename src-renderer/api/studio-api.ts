import type { ApiClient } from './client';

let installed: ApiClient | null = null;

/** Set once at start-up by main.tsx (or by a test with a fake transport). */
export function installApiClient(client: ApiClient): void {
  installed = client;
}

function current(): ApiClient {
  if (!installed) throw new Error('The API client is used before start-up installed it');
  return installed;
}

/** The app-wide client; stores and screens import this. */
export const api: ApiClient = {
  call: (method, input) => current().call(method, input),
  on: (event, cb) => current().on(event, cb),
  onConnectionChange: (cb) => current().onConnectionChange(cb),
};
