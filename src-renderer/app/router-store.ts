import { create } from 'zustand';
import { formatRoute, parseRoute, type Route } from './route';

interface RouterState {
  route: Route;
  navigate(route: Route): void;
}

export const useRouter = create<RouterState>(() => ({
  route: parseRoute(window.location.hash),
  navigate(route) {
    const hash = formatRoute(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    else useRouter.setState({ route });
  },
}));

window.addEventListener('hashchange', () => {
  useRouter.setState({ route: parseRoute(window.location.hash) });
});

export function navigate(route: Route): void {
  useRouter.getState().navigate(route);
}
