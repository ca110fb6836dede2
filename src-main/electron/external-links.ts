// The only web pages the desktop app sends to the system browser: the documentation its help
// links and menu point at. Anything else a page tries to open (a link in imported data, a
// crafted URL) is dropped. Add a host here together with the link that needs it.

export const EXTERNAL_LINK_HOSTS: readonly string[] = ['www.tensorflow.org', 'js.tensorflow.org', 'keras.io'];

/** Documentation the Help menu opens. */
export const HELP_LINKS = {
  tfjsSaveLoad: 'https://www.tensorflow.org/js/guide/save_load',
  tfjsApi: 'https://js.tensorflow.org/api/latest/',
  kerasCallbacks: 'https://keras.io/api/callbacks/',
} as const;

/** https, an allow-listed host, the default port and no user name or password in the URL. */
export function isExternalLinkAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.port === '' && parsed.username === '' && parsed.password === '' && EXTERNAL_LINK_HOSTS.includes(parsed.hostname);
}
