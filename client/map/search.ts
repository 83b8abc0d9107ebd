/**
 * Search by name: a combobox (WAI-ARIA 1.2 pattern) over the nodes of the map. Arrow keys move through the
 * matches, Enter picks one, Escape closes the list. Names starting with the text come before names that
 * only contain it.
 */
import { el } from '../shell/dom.ts';
import type { MapNode } from './types.ts';

const SHOWN = 10;

export interface SearchOptions {
  nodes(): MapNode[];
  pick(node: MapNode): void;
}

export class Search {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private matches: MapNode[] = [];
  private active = -1;

  constructor(private readonly options: SearchOptions) {
    this.input = el('input', {
      attrs: {
        id: 'map-search',
        type: 'search',
        role: 'combobox',
        autocomplete: 'off',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': 'map-search-results',
        placeholder: 'Name of a person or unit',
      },
    });
    this.list = el('ul', {
      className: 'search-results',
      attrs: { id: 'map-search-results', role: 'listbox', hidden: true },
    });
    this.input.addEventListener('input', () => this.refresh());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.element = el('div', { className: 'search' }, [
      el('label', { text: 'Search', attrs: { for: 'map-search' } }),
      this.input,
      this.list,
    ]);
  }

  private refresh(): void {
    const text = this.input.value.trim().toLowerCase();
    this.matches = text ? rankMatches(this.options.nodes(), text).slice(0, SHOWN) : [];
    this.active = this.matches.length ? 0 : -1;
    this.render(text.length > 0);
  }

  private render(searching = false): void {
    const options = this.matches.map((node, i) =>
      el('li', {
        text: `${node.data.label}${node.data.unit !== node.id ? ` — ${node.data.unitName}` : ''}`,
        attrs: { id: `map-search-option-${i}`, role: 'option', 'aria-selected': String(i === this.active) },
        on: { mousedown: (event) => (event.preventDefault(), this.choose(i)) },
      }),
    );
    if (searching && !options.length)
      options.push(el('li', { className: 'muted', text: 'No match on the map' }));
    this.list.replaceChildren(...options);
    this.list.hidden = options.length === 0;
    this.input.setAttribute('aria-expanded', String(this.matches.length > 0));
    if (this.active >= 0)
      this.input.setAttribute('aria-activedescendant', `map-search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private key(event: KeyboardEvent): void {
    const count = this.matches.length;
    if (event.key === 'ArrowDown' && count) this.active = (this.active + 1) % count;
    else if (event.key === 'ArrowUp' && count) this.active = (this.active - 1 + count) % count;
    else if (event.key === 'Enter' && this.active >= 0) this.choose(this.active);
    else if (event.key === 'Escape') this.close();
    else return;
    event.preventDefault();
    if (event.key.startsWith('Arrow')) this.render();
  }

  private choose(index: number): void {
    const node = this.matches[index];
    if (!node) return;
    this.input.value = node.data.label;
    this.close();
    this.options.pick(node);
  }

  private close(): void {
    this.matches = [];
    this.active = -1;
    this.render();
  }
}

/** Nodes whose label holds `text` (lower case): prefix matches first, then by label. */
export function rankMatches(nodes: MapNode[], text: string): MapNode[] {
  const hits: Array<{ node: MapNode; rank: number }> = [];
  for (const node of nodes) {
    const label = node.data.label.toLowerCase();
    const at = label.indexOf(text);
    if (at < 0) continue;
    hits.push({ node, rank: at === 0 ? 0 : /\s/.test(label[at - 1] ?? '') ? 1 : 2 });
  }
  hits.sort((a, b) => a.rank - b.rank || a.node.data.label.localeCompare(b.node.data.label));
  return hits.map((hit) => hit.node);
}
