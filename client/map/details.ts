/**
 * The details panel of the selected node: what it is, why it is flagged, every metric the API gave for it,
 * and its strongest ties (each a button that selects the neighbour, so the panel is walkable by keyboard).
 * The numbers are the API's, shown as they came; the view computes none.
 */
import { formatForPeople, glossary, standing } from '../glossary/index.ts';
import { el, formatNumber } from '../shell/dom.ts';
import { UNIT_KIND_LABELS } from '../theme.ts';
import { unitInsights } from './insights.ts';
import { otherEnd, type MapModel, type MapNode } from './types.ts';

const TIES_SHOWN = 8;

export interface DetailsActions {
  select(id: string): void;
  close(): void;
  toggleFocus(): void;
  /** "What if … left?" (client/whatif/), when the role may ask it for this node. */
  whatIf?(): void;
}

export function renderDetails(
  node: MapNode,
  model: MapModel,
  state: { focus: boolean },
  actions: DetailsActions,
): HTMLElement {
  const data = node.data;
  const subtitle = [
    data.unit === data.id ? null : data.unitName,
    UNIT_KIND_LABELS[data.unitKind],
    data.role ?? null,
  ];
  return el('section', { className: 'details', attrs: { 'aria-labelledby': 'details-title' } }, [
    el('div', { className: 'details-head' }, [
      el('h2', { text: data.label, attrs: { id: 'details-title' } }),
      el('button', { text: 'Close', attrs: { type: 'button' }, on: { click: actions.close } }),
    ]),
    el('p', { className: 'subtitle', text: subtitle.filter(Boolean).join(' · ') }),
    data.members !== undefined ? el('p', { text: `${data.members} people` }) : null,
    el('button', {
      className: 'focus-toggle',
      text: state.focus ? 'Show everything' : 'Focus on two hops',
      attrs: { type: 'button', 'aria-pressed': String(state.focus) },
      on: { click: actions.toggleFocus },
    }),
    actions.whatIf
      ? el('button', {
          className: 'whatif-ask',
          text: `What if ${data.label} left?`,
          attrs: { type: 'button' },
          on: { click: actions.whatIf },
        })
      : null,
    insightsOf(node, model),
    flagsOf(node),
    metricsOf(node, model),
    tiesOf(node, model, actions),
  ]);
}

function flagsOf(node: MapNode): HTMLElement {
  const flags = node.data.flags;
  return el('div', { className: 'flags' }, [
    el('h3', { text: 'Flags' }),
    flags.length
      ? el(
          'ul',
          {},
          flags.map((f) => el('li', {}, [el('strong', { text: f.flag }), ` — ${f.reason}`])),
        )
      : el('p', { className: 'muted', text: 'No flags in this window.' }),
  ]);
}

function insightsOf(node: MapNode, model: MapModel): HTMLElement | null {
  const insights = unitInsights(node, model);
  if (insights.length === 0) return null;
  return el('ul', { className: 'insights', attrs: { 'aria-label': 'What matters' } }, [
    ...insights.map((text) => el('li', { text })),
  ]);
}

/** Each metric in plain words: its glossary name (the sentence on hover), the value, where it stands. */
function metricsOf(node: MapNode, model: MapModel): HTMLElement {
  const rows = model.answer.metrics.map((metric) => {
    const value = node.data.metrics[metric];
    const words = glossary(metric);
    const where = standing(
      value,
      model.nodes.map((other) => other.data.metrics[metric] ?? null),
    );
    return el('tr', { attrs: { 'data-metric': metric } }, [
      el('th', { text: words.label, attrs: { scope: 'row', title: `${words.says} (${metric})` } }),
      el('td', { attrs: { title: String(value ?? 'no value') } }, [
        formatForPeople(value),
        where ? el('span', { className: 'muted standing', text: ` · ${where}` }) : null,
      ]),
    ]);
  });
  return el('div', { className: 'metrics' }, [
    el('h3', { text: 'Metrics' }),
    el('table', {}, [el('tbody', {}, rows)]),
  ]);
}

function tiesOf(node: MapNode, model: MapModel, actions: DetailsActions): HTMLElement {
  const ties = (model.ties.get(node) ?? []).slice(0, TIES_SHOWN);
  const items = ties.map((link) => {
    const other = otherEnd(link, node);
    const facts = [`strength ${formatNumber(link.data.weight)}`, `${link.data.engagements} engagements`];
    if (link.data.stage) facts.push(link.data.stage);
    return el('li', {}, [
      el('button', {
        className: 'link-button',
        text: other.data.label,
        attrs: { type: 'button' },
        on: { click: () => actions.select(other.id) },
      }),
      el('span', { className: 'muted', text: ` ${facts.join(' · ')}` }),
    ]);
  });
  return el('div', { className: 'ties' }, [
    el('h3', { text: `Strongest ties (${model.ties.get(node)?.length ?? 0} in all)` }),
    items.length ? el('ol', {}, items) : el('p', { className: 'muted', text: 'No ties in this window.' }),
  ]);
}
