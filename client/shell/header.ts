/**
 * The header: the product name, one link per view the role may use (the current one marked) and signing out.
 * A view that needs the analyst role (the console) is linked only once the role is known to allow it.
 */
import type { ApiClient } from '../api/client.ts';
import { maySeePeople, roleOf } from '../map/role.ts';
import type { ExplorerState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { encodeState } from '../state/url.ts';
import { el } from './dom.ts';
import type { ExplorerView } from './views.ts';

export function renderHeader(
  store: Store<ExplorerState>,
  views: ExplorerView[],
  onSignOut: () => void,
  api: ApiClient,
): { element: HTMLElement; destroy(): void } {
  const links = views.map((view) =>
    el('a', {
      text: view.title,
      attrs: { href: encodeState({ ...store.state, view: view.id }), ...(view.needs && { hidden: '' }) },
    }),
  );
  void roleOf(api).then((role) =>
    views.forEach((view, i) => {
      if (view.needs && maySeePeople(role)) links[i]!.hidden = false;
    }),
  );
  const refresh = (state: ExplorerState) =>
    views.forEach((view, i) => {
      const link = links[i]!;
      link.href = encodeState({ ...state, view: view.id });
      if (view.id === state.view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  refresh(store.state);
  const unsubscribe = store.subscribe(refresh);
  const element = el('header', { className: 'app-header' }, [
    el('span', { className: 'brand', text: 'Trellis' }),
    el('nav', { attrs: { 'aria-label': 'Views' } }, links),
    el('button', {
      className: 'sign-out',
      text: 'Sign out',
      attrs: { type: 'button' },
      on: { click: onSignOut },
    }),
  ]);
  return { element, destroy: unsubscribe };
}
