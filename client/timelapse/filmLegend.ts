/** The time-lapse legend: tie colour by relationship stage, unit colour by kind, unit size, faint units. */
import { RELATIONSHIP_STAGES } from '../../server/schema/domain.ts';
import { TIE_GREY } from '../map/encodings.ts';
import { item, section, svgDot, svgLine } from '../map/legend.ts';
import { el } from '../shell/dom.ts';
import { STAGE_COLOURS, UNIT_KIND_COLOURS, UNIT_KIND_LABELS } from '../theme.ts';

export function filmLegend(): HTMLElement {
  const kinds = Object.entries(UNIT_KIND_COLOURS) as Array<[keyof typeof UNIT_KIND_COLOURS, string]>;
  return el('section', { className: 'legend', attrs: { 'aria-label': 'Legend' } }, [
    el('h2', { text: 'Legend' }),
    section('Tie colour: relationship stage', [
      ...RELATIONSHIP_STAGES.map((stage) => item(svgLine(STAGE_COLOURS[stage], 3), stage)),
      item(svgLine(TIE_GREY, 2), 'No stage (not a business–provider pair)'),
    ]),
    section(
      'Unit colour: kind',
      kinds.map(([kind, colour]) => item(svgDot(colour, 6), UNIT_KIND_LABELS[kind])),
    ),
    section('Unit size', [
      el('li', { text: 'Engagements with other units in the 30 days, one scale for the whole year' }),
      el('li', { text: 'Faint: no engagement with another unit in those 30 days' }),
    ]),
  ]);
}
