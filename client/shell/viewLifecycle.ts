/**
 * The lifecycle every explorer view shares (map, silos, relationships): it follows the store from mount — once
 * with the state as it is, then on every change — runs one request at a time, and on unmount stops following,
 * aborts the request in flight and releases what the view holds (a canvas, a worker, a panel).
 */
import type { Store } from '../state/store.ts';

/**
 * One request at a time: a newer one (or abort()) aborts the one before. The caller checks its signal after
 * every await and drops an aborted request's answer — or its failure, which the abort caused.
 */
export class LatestRequest {
  #controller: AbortController | undefined;

  /** The signal of a new request; the one before is aborted. */
  next(): AbortSignal {
    this.abort();
    this.#controller = new AbortController();
    return this.#controller.signal;
  }

  abort(): void {
    this.#controller?.abort();
  }
}

export type StateListener<S> = (state: S, previous: S | undefined) => void;

export class ViewLifecycle<S extends object> {
  readonly requests = new LatestRequest();
  #unsubscribe: (() => void) | undefined;

  /** `release` frees the view's own resources on unmount. */
  constructor(private readonly release: () => void) {}

  /** Calls `onState` with the store's state now (previous: undefined) and on every change until unmount. */
  follow(store: Store<S>, onState: StateListener<S>): void {
    this.#unsubscribe?.();
    this.#unsubscribe = store.subscribe(onState);
    onState(store.state, undefined);
  }

  unmount(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.requests.abort();
    this.release();
  }
}
