/** Where the browser-mode token lives between reloads of the same tab. */
export const TOKEN_STORAGE_KEY = 'neurona.token';

export interface TokenSources {
  /** location.href of the page. */
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** history.replaceState with a new URL, so the token leaves the address bar. */
  replaceUrl: (url: string) => void;
}

/**
 * Takes `?token=` from the URL the server printed, keeps it in sessionStorage and removes it
 * from the visible URL; a reload then finds it in storage.
 */
export function takeLaunchToken({ href, storage, replaceUrl }: TokenSources): string | null {
  const url = new URL(href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    replaceUrl(`${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
