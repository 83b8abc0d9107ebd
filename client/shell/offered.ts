/**
 * Views offered to some tokens only (ExplorerView.offered, e.g. "My week" for a token that names its person):
 * their header link stays hidden until the view says it is offered. The links are found by the fragment the
 * header gives them (`#/<view>` or `#/<view>?…`).
 */
import type { ApiClient } from '../api/client.ts';
import type { ExplorerView } from './views.ts';

export function hideUnoffered(header: HTMLElement, views: ExplorerView[], api: ApiClient): void {
  for (const view of views) {
    if (!view.offered) continue;
    const link = header.querySelector<HTMLAnchorElement>(
      `nav a[href="#/${view.id}"], nav a[href^="#/${view.id}?"]`,
    );
    if (!link) continue;
    link.hidden = true;
    void view.offered(api).then((offered) => (link.hidden = !offered));
  }
}
