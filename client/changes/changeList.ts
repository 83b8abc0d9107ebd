/**
 * The ranked changes beside the map, each the API's own sentence, marked with its kind's colour. A change is
 * a button: pressing it selects its units (a pair, or one unit) on the map; pressing it again lets go.
 */
import type { CompareAnswer } from '../../server/schema/compare.ts';
import { svgLine } from '../map/legend.ts';
import { el } from '../shell/dom.ts';
import { CHANGE_COLOURS, type Change } from './changeColours.ts';

type ChangeLine = CompareAnswer['changes'][number];

const MARK: Record<ChangeLine['kind'], string> = {
  isolated: CHANGE_COLOURS.lost,
  reconnected: CHANGE_COLOURS.gained,
  failureGained: CHANGE_COLOURS.weaker,
  failureLost: CHANGE_COLOURS.stronger,
  gained: CHANGE_COLOURS.gained,
  lost: CHANGE_COLOURS.lost,
  stronger: CHANGE_COLOURS.stronger,
  weaker: CHANGE_COLOURS.weaker,
};

export function renderChangeList(
  changes: ChangeLine[],
  selected: string[],
  select: (units: string[]) => void,
): HTMLElement {
  if (changes.length === 0)
    return el('p', { className: 'muted', text: 'Nothing changed enough to mention between these periods.' });
  const key = (units: string[]) => units.join(',');
  const items = changes.map((change, i) => {
    const pressed = change.units.length > 0 && key(change.units) === key(selected);
    const button = el(
      'button',
      {
        className: 'change-item',
        attrs: {
          type: 'button',
          'aria-pressed': String(pressed),
          'data-kind': change.kind,
          'data-units': key(change.units),
          disabled: change.units.length === 0,
        },
        on: { click: () => select(pressed ? [] : change.units) },
      },
      [svgLine(MARK[change.kind], 4), el('span', { text: change.text })],
    );
    return el('li', { className: pressed ? 'selected' : undefined, attrs: { 'data-rank': i + 1 } }, [button]);
  });
  return el('ol', { className: 'change-list', attrs: { 'aria-label': 'Most important changes' } }, items);
}

export function changeTotals(totals: Record<Change, number>): string {
  return `${totals.gained} gained, ${totals.lost} lost, ${totals.stronger} stronger, ${totals.weaker} weaker, ${totals.steady} steady`;
}
