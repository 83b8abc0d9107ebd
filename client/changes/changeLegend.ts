/** The What changed legend: each kind of change in its colour with how many ties it holds, and the ring. */
import { item, section, svgLine, svgRing } from '../map/legend.ts';
import { el } from '../shell/dom.ts';
import { CHANGE_COLOURS, CHANGE_LABELS, CHANGES, type Change } from './changeColours.ts';

export function changeLegend(totals: Record<Change, number>): HTMLElement {
  return el('section', { className: 'legend', attrs: { 'aria-label': 'Legend' } }, [
    el('h2', { text: 'Legend' }),
    section(
      'Tie colour: change',
      CHANGES.map((change) =>
        item(
          svgLine(CHANGE_COLOURS[change], change === 'steady' ? 1.5 : 3),
          `${CHANGE_LABELS[change]} (${totals[change]})`,
        ),
      ),
    ),
    section('Tie width', [el('li', { text: 'Engagements a month, the larger of the two periods' })]),
    section('Ring', [item(svgRing(), 'Isolated in the second period')]),
  ]);
}
