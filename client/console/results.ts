/**
 * A console answer: a line saying what came back (rows, columns, time, and which cap cut it when one did — the
 * row cap or the byte cap), downloads of the rows as CSV and JSON, the rows as a table, and — when the rows
 * hold nodes and relationships — the graph, in two tabs.
 */
import type { CypherAnswer } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import { downloadResult, type ResultFormat } from './exportResult.ts';
import { cutBecause, formatCell } from './resultData.ts';
import { ResultGraph } from './resultGraph.ts';

type Tab = 'table' | 'graph';

export class ConsoleResults {
  readonly element = el('section', { className: 'console-results', attrs: { 'aria-label': 'Result' } });
  private readonly graph = new ResultGraph();
  private readonly tableHost = el('div', {
    className: 'result-table',
    attrs: { id: 'result-table', role: 'tabpanel' },
  });
  private readonly graphHost = el(
    'div',
    { className: 'result-graph', attrs: { id: 'result-graph', role: 'tabpanel' } },
    [this.graph.element],
  );
  private readonly tabs: Record<Tab, HTMLButtonElement>;

  constructor() {
    const tab = (id: Tab, label: string) =>
      el('button', {
        text: label,
        attrs: { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `result-${id}` },
        on: { click: () => this.choose(id) },
      });
    this.tabs = { table: tab('table', 'Table'), graph: tab('graph', 'Graph') };
    this.element.hidden = true;
  }

  show(answer: CypherAnswer): void {
    const { columns, rows, graph, elapsedMs } = answer;
    const summary = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}, ${columns.length} columns, in ${Math.round(elapsedMs)} ms.`;
    const drawn = graph.nodes.length > 0;
    this.tabs.graph.disabled = !drawn;
    this.tabs.graph.textContent = drawn
      ? `Graph (${graph.nodes.length} nodes, ${graph.relationships.length} relationships)`
      : 'Graph (no nodes in the rows)';
    this.tableHost.replaceChildren(table(columns, rows));
    this.element.replaceChildren(
      el('p', { className: 'result-summary' }, [
        summary,
        answer.truncated
          ? el('strong', {
              className: 'truncated',
              text: ` ${cutBecause(answer)}`,
              attrs: { 'data-truncated-by': answer.truncatedBy ?? 'rows' },
            })
          : null,
      ]),
      el('div', { className: 'result-downloads' }, [
        downloadButton(answer, 'csv', 'Download CSV'),
        downloadButton(answer, 'json', 'Download JSON'),
      ]),
      el(
        'div',
        { className: 'result-tabs', attrs: { role: 'tablist', 'aria-label': 'Show the result as' } },
        [this.tabs.table, this.tabs.graph],
      ),
      this.tableHost,
      this.graphHost,
    );
    this.element.hidden = false;
    this.choose('table');
    if (drawn) this.graph.show(graph);
  }

  hide(): void {
    this.element.hidden = true;
  }

  destroy(): void {
    this.graph.destroy();
  }

  private choose(tab: Tab): void {
    for (const [id, button] of Object.entries(this.tabs) as Array<[Tab, HTMLButtonElement]>)
      button.setAttribute('aria-selected', String(id === tab));
    this.tableHost.hidden = tab !== 'table';
    this.graphHost.hidden = tab !== 'graph';
  }
}

function downloadButton(answer: CypherAnswer, format: ResultFormat, label: string): HTMLElement {
  return el('button', {
    text: label,
    attrs: {
      type: 'button',
      'data-download': format,
      title: `The ${answer.rows.length} rows shown, as ${format.toUpperCase()}`,
    },
    on: { click: () => downloadResult(answer, format) },
  });
}

function table(columns: string[], rows: unknown[][]): HTMLElement {
  if (!rows.length) return el('p', { className: 'muted', text: 'No rows.' });
  return el('table', {}, [
    el('thead', {}, [
      el(
        'tr',
        {},
        columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          {},
          row.map((cell) => el('td', { text: formatCell(cell) })),
        ),
      ),
    ),
  ]);
}
