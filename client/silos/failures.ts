/**
 * The single points of failure: each person (analysts see the name; viewers the unit) or tie whose absence
 * cuts units apart, with the API's reason and how many people and unit pairs depend on it. Each names the
 * unit to select on the map.
 */
import type { SilosAnswer } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';

export type Separation = SilosAnswer['singlePointsOfFailure']['people'][number];

export interface FailureContext {
  unitName(id: string): string;
  /** Selects a node on the map: the person at person level, else their unit. */
  select(id: string): void;
  level: 'unit' | 'person';
  /** Analysts: a button asking who could become a second bridge for the units that depend on it. */
  introductions?(separation: Separation): HTMLElement | null;
}

export function renderFailures(silos: SilosAnswer, context: FailureContext): HTMLElement {
  const { people, ties, articulationPoints, bridges } = silos.singlePointsOfFailure;
  const items = [
    ...people.map((s) => item(s, 'person', context)),
    ...ties.map((s) => item(s, 'tie', context)),
  ];
  const note =
    people.length + ties.length === 0
      ? articulationPoints + bridges > 0
        ? `${articulationPoints} people and ${bridges} ties hold parts of the network together, but none of them is shown to you: each separation involves a unit below the privacy floor.`
        : 'No single person or tie holds units together in this window.'
      : null;
  return el('section', { className: 'failures', attrs: { 'aria-labelledby': 'failures-title' } }, [
    el('h2', { text: 'Single points of failure', attrs: { id: 'failures-title' } }),
    note ? el('p', { className: 'muted', text: note }) : null,
    items.length ? el('ul', { className: 'failure-list' }, items) : null,
  ]);
}

function item(separation: Separation, kind: 'person' | 'tie', context: FailureContext): HTMLElement {
  const { unitName, select } = context;
  const who = separation.people?.map((p) => p.name).join(' – ');
  const units = separation.units.map(unitName).join(' and ');
  const title = who
    ? `${who} (${units})`
    : kind === 'person'
      ? `A person in ${units}`
      : `A tie between ${units}`;
  const person = separation.people?.length === 1 ? separation.people[0]!.id : undefined;
  const target = context.level === 'person' && person ? person : separation.units[0];
  return el('li', { attrs: { 'data-kind': kind } }, [
    el('strong', { text: title }),
    el('p', { text: separation.reason }),
    el('p', {
      className: 'muted',
      text: `${separation.peopleCutOff} people cut off; ${separation.unitPairs} unit pairs depend on it.`,
    }),
    target
      ? el('button', {
          className: 'link-button',
          text: 'Show on the map',
          attrs: { type: 'button' },
          on: { click: () => select(target) },
        })
      : null,
    kind === 'person' ? (context.introductions?.(separation) ?? null) : null,
  ]);
}
