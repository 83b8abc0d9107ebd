/**
 * Analytics results cached per (data version, window, options): an import bumps the data version, so stale
 * results are never served. Holds promises, so concurrent requests for the same key share one computation;
 * a failed computation is dropped so the next request tries again. Least recently used entries go first.
 */
export class ResultCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly capacity = 16) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}
