/**
 * The map's toolbar and filters: level, window, colour by, size by, exports; unit kinds, roles and the
 * weakest tie shown. Every control writes the state (and so the URL); `update` reflects the state and the
 * answer's metric names back into the controls.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import { glossary } from '../glossary/index.ts';
import { el } from '../shell/dom.ts';
import { PERSON_ROLES, UNIT_KINDS, type ColourBy, type ExplorerState } from '../state/state.ts';
import { UNIT_KIND_LABELS } from '../theme.ts';
import { sizeMetric } from './encodings.ts';
import { WindowControl } from './windowControl.ts';
import { NetworkSwitch } from '../network/networkSwitch.ts';

const BACKBONE_HELP =
  'Unticked, the map draws the backbone: ties much stronger than their ends’ other ties, by the disparity filter ' +
  '(Serrano, Boguñá & Vespignani 2009). Selecting a node shows all of its ties either way.';

export type ExportKind = 'png' | 'svg' | 'nodes-csv' | 'ties-csv';

const COLOUR_OPTIONS: Array<[ColourBy, string]> = [
  ['unitKind', 'Unit kind'],
  ['unit', 'Unit'],
  ['community', 'Community'],
  ['stage', 'Stage (units)'],
];

export class Controls {
  readonly toolbar: HTMLElement;
  readonly filters: HTMLElement;
  readonly exports: HTMLElement;
  private readonly level: HTMLSelectElement;
  private readonly window: WindowControl;
  private readonly colour: HTMLSelectElement;
  private readonly size: HTMLSelectElement;
  private readonly kinds: HTMLInputElement[];
  private readonly roles: HTMLInputElement[];
  private readonly rolesGroup: HTMLFieldSetElement;
  private readonly minWeight: HTMLInputElement;
  private readonly allTies: HTMLInputElement;
  private readonly network: NetworkSwitch;

  constructor(change: (patch: Partial<ExplorerState>) => void, exportAs: (kind: ExportKind) => void) {
    // People is added once the role is known to allow it (offerPeople): a viewer never sees the option.
    this.level = select('map-level', [['unit', 'Units']], () =>
      change({ level: this.level.value as ExplorerState['level'], node: null, focus: false }),
    );
    this.window = new WindowControl((window) => change({ window }));
    this.network = new NetworkSwitch((network) => change({ network, node: null, focus: false }));
    this.colour = select('map-colour', COLOUR_OPTIONS, () =>
      change({ colourBy: this.colour.value as ColourBy }),
    );
    this.size = select('map-size', [], () => change({ sizeBy: this.size.value }));
    this.allTies = checkbox('map-all-ties', () => change({ allTies: this.allTies.checked }));
    const exports = (
      [
        ['png', 'PNG'],
        ['svg', 'SVG'],
        ['nodes-csv', 'Nodes CSV'],
        ['ties-csv', 'Ties CSV'],
      ] as Array<[ExportKind, string]>
    ).map(([kind, label]) =>
      el('button', {
        text: label,
        attrs: { type: 'button', 'data-export': kind },
        on: { click: () => exportAs(kind) },
      }),
    );
    this.toolbar = el(
      'div',
      { className: 'map-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Map settings' } },
      [
        field('Level', this.level),
        this.network.element,
        this.window.element,
        field('Colour by', this.colour),
        field('Size by', this.size),
        el('span', { className: 'field', attrs: { title: BACKBONE_HELP } }, [
          labelled(this.allTies, 'Show all ties'),
        ]),
      ],
    );
    this.exports = el('section', { className: 'exports', attrs: { 'aria-labelledby': 'export-title' } }, [
      el('h2', { text: 'Export this view', attrs: { id: 'export-title' } }),
      el('div', { className: 'export-buttons' }, exports),
    ]);
    const kindsChanged = () => change({ unitKinds: UNIT_KINDS.filter((_, i) => this.kinds[i]!.checked) });
    const rolesChanged = () => change({ roles: PERSON_ROLES.filter((_, i) => this.roles[i]!.checked) });
    this.kinds = UNIT_KINDS.map((kind) => checkbox(`kind-${kind}`, kindsChanged));
    this.roles = PERSON_ROLES.map((role) => checkbox(`role-${role}`, rolesChanged));
    this.minWeight = el('input', {
      attrs: { id: 'min-weight', type: 'number', min: 0, step: 0.1, inputmode: 'decimal' },
    });
    this.minWeight.addEventListener('change', () =>
      change({ minWeight: Math.max(0, Number(this.minWeight.value) || 0) }),
    );
    this.rolesGroup = fieldset(
      'Roles (people)',
      PERSON_ROLES.map((role, i) => labelled(this.roles[i]!, role)),
    );
    this.filters = el('details', { className: 'filters' }, [
      el('summary', { text: 'Filters' }),
      fieldset(
        'Unit kinds',
        UNIT_KINDS.map((kind, i) => labelled(this.kinds[i]!, UNIT_KIND_LABELS[kind])),
      ),
      this.rolesGroup,
      field('Weakest tie shown', this.minWeight),
      el('p', { className: 'muted', text: 'Nothing ticked: all of them.' }),
    ]);
  }

  /** Analysts and admins are offered the person level; a viewer never is. */
  offerPeople(offered: boolean): void {
    if (offered && !this.level.querySelector('option[value="person"]'))
      this.level.append(el('option', { text: 'People', attrs: { value: 'person' } }));
  }

  update(state: ExplorerState, answer: GraphAnswer | undefined): void {
    this.level.value = state.level;
    this.window.update(state.window);
    this.colour.value = state.colourBy;
    this.colour.querySelector<HTMLOptionElement>('option[value="stage"]')!.disabled = state.level !== 'unit';
    const metrics = answer?.metrics ?? [];
    const options: Array<[string, string]> = [
      ...metrics.map((m): [string, string] => [m, glossary(m).label]),
      ['none', 'Same size'],
    ];
    this.size.replaceChildren(
      ...options.map(([value, label]) => el('option', { text: label, attrs: { value } })),
    );
    this.size.value = sizeMetric(state, metrics) ?? 'none';
    this.kinds.forEach((box, i) => (box.checked = state.unitKinds.includes(UNIT_KINDS[i]!)));
    this.roles.forEach((box, i) => (box.checked = state.roles.includes(PERSON_ROLES[i]!)));
    this.rolesGroup.disabled = state.level !== 'person';
    this.minWeight.value = String(state.minWeight);
    this.allTies.checked = state.allTies;
    this.network.update(state.network, answer);
  }
}

function select(id: string, options: Array<[string, string]>, onChange: () => void): HTMLSelectElement {
  const element = el(
    'select',
    { attrs: { id } },
    options.map(([value, label]) => el('option', { text: label, attrs: { value } })),
  );
  element.addEventListener('change', onChange);
  return element;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('span', { className: 'field' }, [
    el('label', { text: label, attrs: { for: control.id } }),
    control,
  ]);
}

function checkbox(id: string, onChange: () => void): HTMLInputElement {
  const box = el('input', { attrs: { id, type: 'checkbox' } });
  box.addEventListener('change', onChange);
  return box;
}

function labelled(box: HTMLInputElement, label: string): HTMLElement {
  return el('label', { className: 'check' }, [box, ` ${label}`]);
}

function fieldset(legend: string, children: HTMLElement[]): HTMLFieldSetElement {
  return el('fieldset', {}, [el('legend', { text: legend }), ...children]);
}
