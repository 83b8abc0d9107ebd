/** A small observable store: one state object, replaced (never mutated) on every change. */
export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  /** Applies a patch; listeners run only when some field changed. */
  update(patch: Partial<S>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (shallowEqual(previous, next)) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export function shallowEqual<S extends object>(a: S, b: S): boolean {
  const keys = Object.keys(a) as Array<keyof S>;
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return Object.is(a, b);
}
