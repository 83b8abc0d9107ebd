/**
 * Who is who for the projections: people with their primary unit (cypher/projection/graphPeople.cypher) and the
 * units with their parents (graphUnits.cypher), plus what the relationship projections need per interned person
 * of an engagement table: the top-level unit above the primary unit (the PART_OF chain followed to its root, as
 * the reference queries' `PART_OF*0..` to a unit without parent) and whether the person is a leader.
 */
import type { Database } from '../../db/database.ts';
import type { PersonRow, UnitRow } from './buildGraphs.ts';

export interface Roster {
  people: PersonRow[];
  units: UnitRow[];
}

export async function readRoster(db: Database): Promise<Roster> {
  const [people, units] = await Promise.all([
    db.read('projection/graphPeople'),
    db.read('projection/graphUnits'),
  ]);
  return { people: people as unknown as PersonRow[], units: units as unknown as UnitRow[] };
}

/** Per interned person number: top-level unit id (null without membership or unit root) and leader flag. */
export interface PersonFacts {
  topUnit: Array<string | null>;
  /** The same top-level unit as a number (−1 for none), numbered in the order of the unit ids. */
  topUnitNumber: Int32Array;
  /** Top-level unit ids by number, in id order: comparing two numbers compares the ids. */
  unitIds: string[];
  leader: Uint8Array;
}

/** Facts already worked out, per roster and person numbering: the loaders of a window share one read. */
const known = new WeakMap<Roster, WeakMap<readonly string[], PersonFacts>>();

/**
 * The facts of the people of a table. Worked out once per read (the dyads, the periods and the BRM mix each ask)
 * and, in a compute thread, once per data version: its windows share the history's roster and numbering.
 */
export function personFacts(roster: Roster, personIds: readonly string[]): PersonFacts {
  let byNumbering = known.get(roster);
  if (!byNumbering) known.set(roster, (byNumbering = new WeakMap()));
  let facts = byNumbering.get(personIds);
  if (!facts) byNumbering.set(personIds, (facts = workedOut(roster, personIds)));
  return facts;
}

function workedOut(roster: Roster, personIds: readonly string[]): PersonFacts {
  const top = topUnits(roster.units);
  const byId = new Map(roster.people.map((person) => [person.id, person]));
  const leader = new Uint8Array(personIds.length);
  const topUnit = personIds.map((id, n) => {
    const person = byId.get(id);
    if (!person) return null;
    if (person.role === 'leader') leader[n] = 1;
    return top.get(person.unit) ?? null;
  });
  return factsOf(topUnit, leader);
}

/** The facts from each person's top-level unit and leader flag: the units numbered in the order of their ids. */
export function factsOf(topUnit: Array<string | null>, leader: Uint8Array): PersonFacts {
  const unitIds = [...new Set(topUnit.filter((unit) => unit !== null))].sort();
  const numberOf = new Map(unitIds.map((unit, n) => [unit, n]));
  const topUnitNumber = Int32Array.from(topUnit, (unit) => (unit === null ? -1 : numberOf.get(unit)!));
  return { topUnit, topUnitNumber, unitIds, leader };
}

/** Unit id → the root of its PART_OF chain; a unit on a cycle has none. */
export function topUnits(units: readonly UnitRow[]): Map<string, string> {
  const parent = new Map(units.map((unit) => [unit.id, unit.parent ?? null]));
  const top = new Map<string, string>();
  for (const unit of units) {
    let current = unit.id;
    for (let steps = 0; steps <= units.length; steps++) {
      const next = parent.get(current);
      if (next === null || next === undefined) {
        top.set(unit.id, current);
        break;
      }
      current = next;
    }
  }
  return top;
}
