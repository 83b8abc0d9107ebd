/**
 * The signed-in page: header, alert region, the current view, and a live region. Mounts the view named by
 * the state and swaps it when the state names another.
 */
import type { ApiClient } from '../api/client.ts';
import type { ExplorerState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { el } from './dom.ts';
import { renderHeader } from './header.ts';
import { ProblemBanner } from './problem.ts';
import type { ExplorerView, MountedView, ViewContext } from './views.ts';

export interface ShellOptions {
  api: ApiClient;
  store: Store<ExplorerState>;
  views: ExplorerView[];
  onSignOut: () => void;
}

export function mountShell(host: HTMLElement, options: ShellOptions): () => void {
  const { store, views } = options;
  const header = renderHeader(store, views, options.onSignOut, options.api);
  const problems = new ProblemBanner();
  const live = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite', role: 'status' } });
  const main = el('main', { className: 'view-host', attrs: { id: 'main' } });
  host.replaceChildren(header.element, problems.element, main, live);
  const context: ViewContext = {
    api: options.api,
    store,
    report: (error) => problems.show(error),
    clearReport: () => problems.clear(),
    announce: (message) => (live.textContent = message),
  };
  let mounted: { id: string; view: MountedView } | undefined;
  const show = (state: ExplorerState) => {
    if (mounted?.id === state.view) return;
    mounted?.view.unmount();
    problems.clear();
    const view = views.find((candidate) => candidate.id === state.view) ?? views[0]!;
    main.replaceChildren();
    main.dataset.view = view.id;
    mounted = { id: state.view, view: view.mount(main, context) };
  };
  show(store.state);
  const unsubscribe = store.subscribe(show);
  return () => {
    unsubscribe();
    header.destroy();
    mounted?.view.unmount();
  };
}
