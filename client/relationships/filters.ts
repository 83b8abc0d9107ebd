/**
 * The dashboard's toolbar: the window, filters by provider, department, stage and text (names and purpose),
 * and the key to the small charts. Every control writes the state (and so the URL).
 */
import type { RelationshipRow } from '../api/analytics.ts';
import { WindowControl } from '../map/windowControl.ts';
import { item, svgDot } from '../map/legend.ts';
import { el } from '../shell/dom.ts';
import { STAGES, type ExplorerState, type RelationshipStage } from '../state/state.ts';
import { LEVEL_BAR_COLOURS, markShape } from './levelBar.ts';
import { SPARK_COLOURS } from './sparkline.ts';

export class RelationshipFilters {
  readonly element: HTMLElement;
  private readonly window: WindowControl;
  private readonly provider = select('rel-provider');
  private readonly department = select('rel-department');
  private readonly stage = select('rel-stage');
  private readonly text = el('input', {
    attrs: { id: 'rel-text', type: 'search', placeholder: 'Name or purpose', autocomplete: 'off' },
  });

  constructor(change: (patch: Partial<ExplorerState>) => void) {
    this.window = new WindowControl((window) => change({ window }));
    this.provider.addEventListener('change', () => change({ relProvider: this.provider.value || null }));
    this.department.addEventListener('change', () =>
      change({ relDepartment: this.department.value || null }),
    );
    this.stage.addEventListener('change', () =>
      change({ relStage: (this.stage.value || null) as RelationshipStage | null }),
    );
    this.text.addEventListener('input', () => change({ relText: this.text.value }));
    this.stage.replaceChildren(option('', 'Any stage'), ...STAGES.map((stage) => option(stage, stage)));
    this.element = el('div', { className: 'rel-toolbar' }, [
      el(
        'div',
        { className: 'map-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Window and filters' } },
        [
          this.window.element,
          field('Provider', this.provider),
          field('Department', this.department),
          field('Stage', this.stage),
          field('Search', this.text),
        ],
      ),
      key(),
    ]);
  }

  update(state: ExplorerState, rows: RelationshipRow[]): void {
    this.window.update(state.window);
    fill(this.provider, 'Every provider', unique(rows.map((r) => [r.providerId, r.providerName])));
    fill(this.department, 'Every department', unique(rows.map((r) => [r.departmentId, r.departmentName])));
    this.provider.value = state.relProvider ?? '';
    this.department.value = state.relDepartment ?? '';
    this.stage.value = state.relStage ?? '';
    if (this.text.value !== state.relText) this.text.value = state.relText;
  }
}

function select(id: string): HTMLSelectElement {
  return el('select', { attrs: { id } });
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { text: label, attrs: { value } });
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('span', { className: 'field' }, [
    el('label', { text: label, attrs: { for: control.id } }),
    control,
  ]);
}

function fill(control: HTMLSelectElement, any: string, entries: Array<[string, string]>): void {
  const wanted = ['', ...entries.map(([id]) => id)].join('\n');
  const present = [...control.options].map((o) => o.value).join('\n');
  if (wanted === present) return;
  control.replaceChildren(option('', any), ...entries.map(([id, name]) => option(id, name)));
}

function unique(entries: string[][]): Array<[string, string]> {
  const byId = new Map(entries.map(([id, name]) => [id!, name!]));
  return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1]));
}

const SVG = 'http://www.w3.org/2000/svg';

function symbol(kind: 'assessed' | 'indicated' | 'target'): SVGElement {
  const root = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ width: 16, height: 18, viewBox: '0 0 16 18', 'aria-hidden': 'true' }))
    root.setAttribute(k, String(v));
  root.append(markShape(kind, 8, 9, 18));
  return root;
}

/** What the marks of the level bar and the sparkline mean. */
function key(): HTMLElement {
  const gap = svgDot(LEVEL_BAR_COLOURS.gap, 6);
  return el('ul', { className: 'rel-key', attrs: { 'aria-label': 'Key to the charts' } }, [
    item(symbol('assessed'), 'assessed maturity (surveys)'),
    item(symbol('indicated'), 'indicated by behaviour'),
    item(symbol('target'), 'target'),
    item(gap, 'gap to target'),
    item(svgDot(SPARK_COLOURS.volume, 6), 'bars: engagements per 30 days, oldest first'),
    item(svgDot(SPARK_COLOURS.breadth, 3), 'line: people involved'),
  ]);
}
