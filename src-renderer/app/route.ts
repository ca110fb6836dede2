// The app's location lives in the URL hash, so a reload comes back to the same screen and item.

export const PROJECT_TABS = ['data', 'model', 'train', 'export'] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  /** `item` is the dataset, model or run selected on that tab. */
  | { name: 'project'; path: string; tab: ProjectTab; item: number | null };

export const HOME: Route = { name: 'home' };

function isTab(value: string): value is ProjectTab {
  return (PROJECT_TABS as readonly string[]).includes(value);
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (segments[0] === 'settings') return { name: 'settings' };
  if (segments[0] === 'project') {
    const path = params.get('path');
    if (!path) return HOME;
    const tab = segments[1] && isTab(segments[1]) ? segments[1] : 'data';
    const itemText = params.get('item');
    const item = itemText && /^[1-9]\d*$/.test(itemText) ? Number(itemText) : null;
    return { name: 'project', path, tab, item };
  }
  return HOME;
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'project': {
      const params = new URLSearchParams({ path: route.path });
      if (route.item !== null) params.set('item', String(route.item));
      return `#/project/${route.tab}?${params.toString()}`;
    }
  }
}

export function projectRoute(path: string, tab: ProjectTab = 'data', item: number | null = null): Route {
  return { name: 'project', path, tab, item };
}
