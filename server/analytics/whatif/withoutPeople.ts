/**
 * The window's graphs as they would be without some people: their ties go, the unit graph is summed again from
 * the person ties that remain (buildUnitGraph, as the projection builds it), and a removed BRM no longer serves
 * their departments. The originals are not touched: they are the cached window's.
 */
import type { PersonGraph } from '../graphs.ts';
import { buildUnitGraph, type UnitRow } from '../projection/buildGraphs.ts';
import type { SiloGraphs } from '../silos/index.ts';

export function withoutPeople(graphs: SiloGraphs, removed: ReadonlySet<string>): SiloGraphs {
  const persons = graphs.persons.copy() as PersonGraph;
  for (const person of removed) if (persons.hasNode(person)) persons.dropNode(person);
  const rows: UnitRow[] = graphs.units.mapNodes((id, attributes) => {
    const { members: _m, internalWeight: _w, parent, ...rest } = attributes;
    return { id, ...rest, parent: parent ?? null };
  });
  return {
    persons,
    units: buildUnitGraph(rows, persons),
    brmAssignments: graphs.brmAssignments.filter((assignment) => !removed.has(assignment.personId)),
  };
}
