/**
 * Digest lines about the network around the BRM's departments: those flagged isolated at the week's end (new
 * when they were not a week before), and the people whose absence would cut one of them off from another unit
 * (single points of failure; new when that person cut nothing of theirs a week before).
 */
import type { WindowAnalytics } from '../../analytics/engine.ts';
import type { PersonSeparation } from '../../analytics/brokerage/index.ts';
import type { DigestLine } from '../../schema/digest.ts';
import { isolationReason, separationReason, type UnitName } from '../reasons.ts';
import { personLink, unitLink } from './links.ts';

interface Windows {
  current: WindowAnalytics;
  previous: WindowAnalytics;
  served: Set<string>;
  name: UnitName;
}

const newFirst = (lines: DigestLine[]) => lines.sort((a, b) => Number(b.isNew) - Number(a.isNew));

export function isolationLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = new Set(previous.network.isolation.units.filter((u) => u.flagged).map((u) => u.unit));
  const lines = current.network.isolation.units
    .filter((u) => u.flagged && served.has(u.unit))
    .map((u) => {
      const isNew = !before.has(u.unit);
      return {
        text: `${name(u.unit)}${isNew ? ', newly flagged this week' : ''}. ${isolationReason(u)}`,
        link: unitLink(u.unit),
        isNew,
        units: [u.unit],
        people: [],
      };
    });
  return newFirst(lines);
}

/** The served units a separation cuts off, or from which it cuts others. */
const touched = (s: PersonSeparation, served: Set<string>) => [
  ...new Set(s.groups.flatMap((g) => [...g.units, ...g.cutFrom]).filter((u) => served.has(u))),
];

export function failureLines({ current, previous, served, name }: Windows): DigestLine[] {
  const before = new Set(
    previous.network.cutPoints.people.filter((s) => touched(s, served).length > 0).map((s) => s.person),
  );
  const persons = current.graphs.persons;
  const lines = current.network.cutPoints.people.flatMap((s) => {
    const units = touched(s, served);
    if (units.length === 0) return [];
    const who = persons.hasNode(s.person) ? persons.getNodeAttribute(s.person, 'name') : s.person;
    const isNew = !before.has(s.person);
    const reason = separationReason(s, name, { subject: 'them' });
    return [
      {
        text: `${who}${s.unit ? ` (${name(s.unit)})` : ''}${isNew ? ', new this week' : ''}. ${reason}`,
        link: personLink(s.person),
        isNew,
        units,
        people: [s.person],
      },
    ];
  });
  return newFirst(lines);
}
