/**
 * The units ranked by isolation, as the API ranks them: members, E-I against random mixing, reach, the share
 * of members without an outside tie, providers engaged, BRM and score, with each unit's rule checks (value
 * against threshold, fired or not) behind a disclosure button. A row click, or Enter on the unit's name,
 * selects the unit on the map.
 */
import type { SiloUnit } from '../api/analytics.ts';
import { el, formatNumber } from '../shell/dom.ts';
import { checksRow } from './checks.ts';
import { firedCount } from './rules.ts';

export interface SiloTableEvents {
  select(id: string): void;
}

const COLUMNS = [
  'Rank',
  'Unit',
  'Members',
  'E-I (vs random)',
  'Reach',
  'No outside tie',
  'Providers engaged',
  'BRM',
  'Score',
  'Rules fired',
];

export class SiloTable {
  readonly element = el('table', { className: 'silo-table' });
  private readonly body = el('tbody');
  private readonly expanded = new Set<string>();
  private units: SiloUnit[] = [];
  private selected: string | null = null;

  constructor(private readonly events: SiloTableEvents) {
    const head = el(
      'tr',
      {},
      COLUMNS.map((title) => el('th', { text: title, attrs: { scope: 'col' } })),
    );
    this.element.append(
      el('caption', { text: 'Units ranked by isolation (most cut off first)' }),
      el('thead', {}, [head]),
      this.body,
    );
  }

  show(units: SiloUnit[], selected: string | null): void {
    this.units = units;
    this.selected = selected;
    this.render();
  }

  select(id: string | null): void {
    this.selected = id;
    for (const row of this.body.querySelectorAll<HTMLTableRowElement>('tr[data-unit]')) {
      const on = row.dataset.unit === id;
      row.classList.toggle('selected', on);
      if (on) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  private render(): void {
    this.body.replaceChildren(
      ...this.units.flatMap((unit) => {
        const rows = [this.row(unit)];
        if (this.expanded.has(unit.id)) rows.push(checksRow(unit, COLUMNS.length));
        return rows;
      }),
    );
    this.select(this.selected);
  }

  private row(unit: SiloUnit): HTMLTableRowElement {
    const { fired, of } = firedCount(unit);
    const open = this.expanded.has(unit.id);
    const coverage = unit.coverage;
    const cells: Array<HTMLElement | string> = [
      String(unit.rank),
      el(
        'span',
        { className: 'unit-cell' },
        [
          el('button', {
            className: 'link-button',
            text: unit.name,
            attrs: { type: 'button', 'aria-label': `${unit.name}: select on the map` },
            on: { click: () => this.events.select(unit.id) },
          }),
          unit.flagged ? el('span', { className: 'badge flagged', text: 'Isolated' }) : null,
        ].filter((child): child is HTMLElement => child !== null),
      ),
      String(unit.members),
      eiText(unit),
      String(unit.reach),
      unit.shareWithoutExternalTie === null ? '—' : `${Math.round(unit.shareWithoutExternalTie * 100)}%`,
      coverage ? `${coverage.providersEngaged} of ${coverage.providers}` : '—',
      coverage ? (coverage.hasBrm ? 'Yes' : 'None') : '—',
      unit.score === null ? '—' : unit.score.toFixed(2),
      el('button', {
        className: 'rules-toggle',
        text: `${fired} of ${of}`,
        attrs: {
          type: 'button',
          'aria-expanded': String(open),
          'aria-controls': `checks-${unit.id}`,
          'aria-label': `Rules of ${unit.name}: ${fired} of ${of} fired`,
        },
        on: { click: (event) => (event.stopPropagation(), this.toggle(unit.id)) },
      }),
    ];
    return el(
      'tr',
      {
        className: unit.flagged ? 'flagged' : '',
        attrs: { 'data-unit': unit.id },
        on: { click: () => this.events.select(unit.id) },
      },
      cells.map((cell, i) => el(i === 1 ? 'th' : 'td', { attrs: i === 1 ? { scope: 'row' } : {} }, [cell])),
    );
  }

  private toggle(id: string): void {
    if (this.expanded.has(id)) this.expanded.delete(id);
    else this.expanded.add(id);
    this.render();
    this.body.querySelector<HTMLButtonElement>(`tr[data-unit="${CSS.escape(id)}"] .rules-toggle`)?.focus();
  }
}

function eiText(unit: SiloUnit): string {
  const { value, vsBaseline } = unit.ei;
  if (value === null) return '—';
  const vs = vsBaseline === null ? '' : ` (${vsBaseline > 0 ? '+' : ''}${formatNumber(vsBaseline)})`;
  return `${value.toFixed(2)}${vs}`;
}
