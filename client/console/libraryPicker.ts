/** The query library as a select (the analyst's own query first) with the picked query's description. */
import type { LibraryQuery } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';

export class LibraryPicker {
  readonly element: HTMLElement;
  private readonly select = el('select', { attrs: { id: 'library-query' } });
  private readonly description = el('p', { className: 'muted library-description' });
  private queries: LibraryQuery[] = [];

  constructor(picked: (name: string | null) => void) {
    this.select.addEventListener('change', () => picked(this.select.value || null));
    this.element = el('div', { className: 'library-picker' }, [
      el('span', { className: 'field' }, [
        el('label', { text: 'Query library', attrs: { for: 'library-query' } }),
        this.select,
      ]),
      this.description,
    ]);
  }

  fill(queries: LibraryQuery[]): void {
    this.queries = queries;
    this.select.replaceChildren(
      el('option', { text: 'Your own query', attrs: { value: '' } }),
      ...queries.map((q) => el('option', { text: q.title, attrs: { value: q.name } })),
    );
  }

  /** Shows `name` as picked; the query, if the library has it. */
  show(name: string | null): LibraryQuery | undefined {
    const query = this.queries.find((q) => q.name === name);
    this.select.value = query?.name ?? '';
    this.description.textContent =
      query?.description ?? 'Write a query of your own, or pick one from the library.';
    return query;
  }
}
