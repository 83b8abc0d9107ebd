/**
 * Keeps the store and the address bar in step: a change of what is looked at (view, level, window, filters,
 * selection) becomes a history entry, so Back undoes it; a change of how (colour, size, focus) replaces the
 * entry. Editing the URL or going back updates the store.
 */
import type { ExplorerState } from './state.ts';
import { sameValue, type Store } from './store.ts';
import { decodeState, encodeState } from './url.ts';

const NAVIGATION: Array<keyof ExplorerState> = [
  'view',
  'level',
  'window',
  'node',
  'unitKinds',
  'units',
  'roles',
  'relationship',
  'relProvider',
  'relDepartment',
  'relStage',
  'libraryQuery',
  'before',
  'after',
  'change',
];

export function bindStoreToUrl(store: Store<ExplorerState>): () => void {
  const fromUrl = () => store.update(decodeState(window.location.hash));
  const unsubscribe = store.subscribe((state, previous) => {
    const hash = encodeState(state);
    if (hash === window.location.hash) return;
    const navigated = NAVIGATION.some((key) => !sameValue(state[key], previous[key]));
    if (navigated) window.history.pushState(null, '', hash);
    else window.history.replaceState(null, '', hash);
  });
  window.addEventListener('popstate', fromUrl);
  window.addEventListener('hashchange', fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', fromUrl);
    window.removeEventListener('hashchange', fromUrl);
  };
}
