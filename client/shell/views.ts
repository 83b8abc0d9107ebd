/**
 * What a view is to the shell. Each view lives in its own folder (client/map/, silos/, relationships/,
 * console/) whose index.ts exports an ExplorerView; client/main.ts lists them. A view subscribes to the store
 * for the state it cares about and reports failures through the context, never by itself.
 */
import type { ApiClient, ApiError } from '../api/client.ts';
import type { ExplorerState, ViewId } from '../state/state.ts';
import type { Store } from '../state/store.ts';

export interface ViewContext {
  api: ApiClient;
  store: Store<ExplorerState>;
  /** Shows a failure (problem+json title and detail) in the shell's alert region. */
  report(error: ApiError): void;
  /** Clears a failure shown before (e.g. once a new request succeeded). */
  clearReport(): void;
  /** A short message for screen readers (an aria-live region). */
  announce(message: string): void;
}

export interface MountedView {
  unmount(): void;
}

export interface ExplorerView {
  id: ViewId;
  /** Name in the header's navigation. */
  title: string;
  /** The role the view needs beyond a viewer's: the header does not offer it to roles below. */
  needs?: 'analyst';
  mount(host: HTMLElement, context: ViewContext): MountedView;
}
