/**
 * The explorer's entry: ask for a token if there is none, then the shell with the view the URL names.
 * A 401 anywhere signs out and asks again, saying why.
 */
import { ApiClient } from './api/client.ts';
import { changesView } from './changes/index.ts';
import { consoleView } from './console/index.ts';
import { digestView } from './digest/index.ts';
import { mapView } from './map/index.ts';
import { relationshipsView } from './relationships/index.ts';
import { silosView } from './silos/index.ts';
import { timelapseView } from './timelapse/index.ts';
import { mountShell } from './shell/shell.ts';
import { session } from './shell/session.ts';
import { renderSignIn } from './shell/signIn.ts';
import type { ExplorerView } from './shell/views.ts';
import { bindStoreToUrl } from './state/urlBinding.ts';
import { Store } from './state/store.ts';
import { decodeState } from './state/url.ts';

const VIEWS: ExplorerView[] = [
  mapView,
  silosView,
  relationshipsView,
  consoleView,
  changesView,
  timelapseView,
  digestView,
];

const root = document.getElementById('app')!;
let teardown: (() => void) | undefined;

function signedOut(message?: string): void {
  teardown?.();
  teardown = undefined;
  session.clear();
  renderSignIn(root, {
    message,
    onToken: (token) => {
      session.save(token);
      signedIn();
    },
  });
}

function signedIn(): void {
  const store = new Store(decodeState(window.location.hash));
  const unbind = bindStoreToUrl(store);
  const api = new ApiClient({
    token: () => session.token(),
    onUnauthorized: (error) =>
      queueMicrotask(() =>
        signedOut(`The server did not accept this token (${error.status}): ${error.detail ?? error.title}`),
      ),
  });
  const unmount = mountShell(root, { api, store, views: VIEWS, onSignOut: () => signedOut() });
  teardown = () => {
    unmount();
    unbind();
  };
}

if (session.token()) signedIn();
else signedOut();
