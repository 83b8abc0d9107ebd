/**
 * The relationships as a table: who serves whom and for what, maturity against target (level bar), the gap,
 * trust with its evidence, the stage, the macro cycle (sparkline), the latest volume and the value (planned
 * against realised benefit, the leakage). Column headers sort
 * (aria-sort says how); each relationship's name opens its timeline, and ArrowUp/ArrowDown move between rows.
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { el, formatNumber } from '../shell/dom.ts';
import type { RelationshipSortKey } from '../state/state.ts';
import { renderLevelBar } from './levelBar.ts';
import { gapOf, latestVolume, relationshipKey, type RelationshipSort } from './query.ts';
import { renderSparkline } from './sparkline.ts';
import { stageBadge } from './stageBadge.ts';
import { valueCell } from './valueCell.ts';
import { governanceCell } from './governance.ts';

export interface RelationshipTableEvents {
  open(row: RelationshipRow): void;
  sort(key: RelationshipSortKey): void;
}

const COLUMNS: Array<{ title: string; sort?: RelationshipSortKey; className?: string }> = [
  { title: 'Relationship', sort: 'name' },
  { title: 'Maturity', sort: 'maturity' },
  { title: 'Gap', sort: 'gap', className: 'num' },
  { title: 'Trust', sort: 'trust', className: 'num' },
  { title: 'Stage', sort: 'stage' },
  { title: 'Volume and breadth' },
  { title: 'Last 30 d', sort: 'volume', className: 'num' },
  { title: 'Value', sort: 'value' },
  { title: 'Governance gaps', className: 'gov' },
];

export class RelationshipTable {
  readonly element = el('table', { className: 'rel-table' });
  private readonly head = el('tr');
  private readonly body = el('tbody');

  constructor(private readonly events: RelationshipTableEvents) {
    this.element.append(
      el('caption', { className: 'visually-hidden', text: 'Business–provider relationships' }),
      el('thead', {}, [this.head]),
      this.body,
    );
    this.body.addEventListener('keydown', (event) => this.key(event));
  }

  show(rows: RelationshipRow[], sort: RelationshipSort, open: string | null): void {
    this.head.replaceChildren(...COLUMNS.map((column) => this.header(column, sort)));
    this.body.replaceChildren(...rows.map((row) => this.row(row, relationshipKey(row) === open)));
    if (!rows.length)
      this.body.append(
        el('tr', {}, [
          el('td', { attrs: { colspan: COLUMNS.length }, text: 'No relationship matches the filters.' }),
        ]),
      );
  }

  /** Focuses the button of the open relationship (after the panel closes). */
  focus(key: string): void {
    this.body
      .querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(key)}"] .open-relationship`)
      ?.focus();
  }

  private header(column: (typeof COLUMNS)[number], sort: RelationshipSort): HTMLElement {
    const th = el('th', { className: column.className ?? '', attrs: { scope: 'col' } });
    if (!column.sort) return ((th.textContent = column.title), th);
    const active = sort.key === column.sort;
    th.setAttribute('aria-sort', active ? (sort.descending ? 'descending' : 'ascending') : 'none');
    const key = column.sort;
    th.append(
      el('button', {
        className: 'sort-button',
        text: `${column.title}${active ? (sort.descending ? ' ↓' : ' ↑') : ''}`,
        attrs: { type: 'button', 'data-sort': key },
        on: { click: () => this.events.sort(key) },
      }),
    );
    return th;
  }

  private row(row: RelationshipRow, open: boolean): HTMLTableRowElement {
    const { maturity, trust } = row;
    const gap = gapOf(row);
    const volume = latestVolume(row);
    const cells: Array<[Node | string, string?]> = [
      [
        el('div', {}, [
          el('button', {
            className: 'link-button open-relationship',
            text: `${row.providerName} → ${row.departmentName}`,
            attrs: { type: 'button', 'aria-expanded': String(open), 'aria-controls': 'relationship-detail' },
            on: { click: () => this.events.open(row) },
          }),
          el('div', { className: 'purpose muted', text: row.purpose }),
        ]),
      ],
      [
        el('div', { className: 'maturity-cell' }, [
          renderLevelBar(
            {
              assessed: maturity.assessed.mean ?? maturity.assessed.level,
              indicated: maturity.indicated.level,
              target: row.target,
            },
            { width: 104, height: 22 },
          ),
        ]),
      ],
      [gap === null ? '—' : `${gap > 0 ? '+' : ''}${formatNumber(gap)}`, 'num'],
      [
        trust
          ? el(
              'span',
              { attrs: { title: `Evidence: ${formatNumber(trust.evidence)} promises and answers, decayed` } },
              [
                trust.value.toFixed(2),
                el('span', { className: 'muted', text: ` n ${Math.round(trust.evidence)}` }),
              ],
            )
          : '—',
        'num',
      ],
      [stageBadge(row.stage?.stage)],
      [renderSparkline(row.series)],
      [volume === null ? '—' : String(volume), 'num'],
      [valueCell(row.value)],
      [governanceCell(row.governance), 'gov'],
    ];
    return el(
      'tr',
      {
        className: open ? 'open' : '',
        attrs: { 'data-key': relationshipKey(row), 'data-stage': row.stage?.stage ?? 'none' },
        on: { click: (event) => (event.target as Element).closest('button') || this.events.open(row) },
      },
      cells.map(([content, className]) => el('td', { className: className ?? '' }, [content])),
    );
  }

  private key(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...this.body.querySelectorAll<HTMLButtonElement>('.open-relationship')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}
