/**
 * Who carries a unit's contact with the rest of the organisation: for each unit (a person's primary unit, as on
 * the unit map), the members with a tie to each other unit and with a tie outside the unit at all. A contact
 * carried by one person is fragile — it ends when that person leaves — which is what a leader reads in "works
 * with IT through one person". One pass over the person ties, member by member: O(n + m).
 */
import { csrOf } from '../centrality/csr.ts';
import { personUnits } from '../graphColumns.ts';
import type { PersonGraph } from '../graphs.ts';

/** The members of a unit who carry a contact: how many, and the one when there is only one. */
export interface Carriers {
  people: number;
  /** The only carrier (when `people` is 1), else null. */
  only: string | null;
}

export interface UnitContact {
  /** Members with at least one tie to someone of another unit. */
  outside: Carriers;
  /** Per other unit: members with a tie to someone of it. */
  partners: Record<string, Carriers>;
}

export interface UnitContactsResult {
  metric: 'unit-contacts';
  units: Record<string, UnitContact>;
}

export function unitContacts(persons: PersonGraph): UnitContactsResult {
  const { nodes, offsets, targets } = csrOf(persons);
  const { unitIds, unitOf } = personUnits(persons);
  const units: Record<string, UnitContact> = {};
  // a unit at a time, its members' ties marking each partner unit once per member: no set per (unit, partner)
  const lastMember = new Int32Array(unitIds.length).fill(-1);
  const people = new Int32Array(unitIds.length);
  const only = new Int32Array(unitIds.length);
  const carriers = (count: number, person: number): Carriers => ({
    people: count,
    only: count === 1 ? nodes[person]! : null,
  });
  membersByUnit(unitOf, unitIds.length).forEach((members, u) => {
    const met: number[] = [];
    let [outside, outsideOnly] = [0, -1];
    for (const person of members) {
      let reachesOut = false;
      for (let e = offsets[person]!; e < offsets[person + 1]!; e++) {
        const partner = unitOf[targets[e]!]!;
        if (partner === u || lastMember[partner] === person) continue;
        if (people[partner] === 0) met.push(partner);
        lastMember[partner] = person;
        people[partner]! += 1;
        only[partner] = person;
        reachesOut = true;
      }
      if (reachesOut) [outside, outsideOnly] = [outside + 1, person];
    }
    const partners = met
      .map((partner) => [unitIds[partner]!, carriers(people[partner]!, only[partner]!)] as const)
      .sort(([x], [y]) => (x < y ? -1 : 1));
    for (const partner of met) [people[partner], lastMember[partner]] = [0, -1];
    units[unitIds[u]!] = { outside: carriers(outside, outsideOnly), partners: Object.fromEntries(partners) };
  });
  return { metric: 'unit-contacts', units };
}

/** The people of each unit (by number), in node order. */
function membersByUnit(unitOf: Int32Array, units: number): number[][] {
  const members = Array.from({ length: units }, (): number[] => []);
  unitOf.forEach((unit, person) => members[unit]!.push(person));
  return members;
}
