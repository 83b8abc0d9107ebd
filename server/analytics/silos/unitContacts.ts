/**
 * Who carries a unit's contact with the rest of the organisation: for each unit (a person's primary unit, as on
 * the unit map), the members with a tie to each other unit and with a tie outside the unit at all. A contact
 * carried by one person is fragile — it ends when that person leaves — which is what a leader reads in "works
 * with IT through one person". One pass over the person ties: O(m) with a set per (unit, partner).
 */
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
  const outside = new Map<string, Set<string>>();
  const partners = new Map<string, Map<string, Set<string>>>();
  const carry = (person: string, unit: string, partner: string) => {
    setOf(outside, unit).add(person);
    const byPartner = partners.get(unit) ?? new Map<string, Set<string>>();
    partners.set(unit, byPartner);
    setOf(byPartner, partner).add(person);
  };
  persons.forEachEdge((_edge, _tie, a, b, aa, ba) => {
    if (aa.unit === ba.unit) return;
    carry(a, aa.unit, ba.unit);
    carry(b, ba.unit, aa.unit);
  });
  const units: Record<string, UnitContact> = {};
  persons.forEachNode((_person, { unit }) => {
    if (units[unit]) return;
    const byPartner = partners.get(unit) ?? new Map<string, Set<string>>();
    units[unit] = {
      outside: carriers(outside.get(unit)),
      partners: Object.fromEntries(
        [...byPartner].sort(([x], [y]) => (x < y ? -1 : 1)).map(([p, s]) => [p, carriers(s)]),
      ),
    };
  });
  return { metric: 'unit-contacts', units };
}

function setOf<K>(map: Map<K, Set<string>>, key: K): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function carriers(people: Set<string> | undefined): Carriers {
  const size = people?.size ?? 0;
  return { people: size, only: size === 1 ? [...people!][0]! : null };
}
