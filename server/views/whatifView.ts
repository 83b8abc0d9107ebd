/**
 * The what-if answer (server/schema/whatif.ts) for a caller's role. Viewers may remove units only, see no
 * person, and see no unit below the privacy floor before or after the removal (a unit shrinking below the floor
 * would single out the few left); a unit they may not see is unknown to them, as it is absent from their map.
 */
import type { WhatIfResult } from '../analytics/whatif/index.ts';
import type { PersonGraph, UnitGraph } from '../analytics/graphs.ts';
import type { TimeWindow } from '../analytics/window.ts';
import { TrellisError } from '../errors.ts';
import type { WhatIfAnswer, WhatIfBody } from '../schema/whatif.ts';
import { unitNamer } from './nodeFlags.ts';
import { requirePersonLevel, seesPeople, unitVisibility, type Viewer } from './privacy.ts';
import { windowAnswer } from './windowAnswer.ts';

interface Graphs {
  persons: PersonGraph;
  units: UnitGraph;
}

/** Refuses people for viewers and names every id the window (or the viewer's floor) does not know: 422. */
export function checkRemoval(graphs: Graphs, remove: WhatIfBody['remove'], viewer: Viewer): void {
  if (remove.people.length > 0) requirePersonLevel(viewer.role, 'Removing people');
  const visible = unitVisibility(graphs, viewer);
  const unknown = {
    people: remove.people.filter((id) => !graphs.persons.hasNode(id)),
    units: remove.units.filter((id) => !visible(id)),
  };
  if (unknown.people.length + unknown.units.length === 0) return;
  const listed = [
    unknown.people.length ? `people ${unknown.people.join(', ')}` : '',
    unknown.units.length ? `units ${unknown.units.join(', ')}` : '',
  ].filter(Boolean);
  throw new TrellisError('unknown_ids', `Not in the window: ${listed.join('; ')}.`, { unknown });
}

export function whatIfView(
  on: { window: TimeWindow; graphs: Graphs },
  result: WhatIfResult,
  viewer: Viewer,
): WhatIfAnswer {
  const { persons, units } = on.graphs;
  const unitName = unitNamer(on.graphs);
  const before = unitVisibility(on.graphs, viewer);
  const leaving = new Set(result.removed.people);
  const staying = new Map<string, number>();
  persons.forEachNode((p, { unit }) => {
    if (!leaving.has(p)) staying.set(unit, (staying.get(unit) ?? 0) + 1);
  });
  const visible = (unit: string) =>
    before(unit) && (seesPeople(viewer.role) || (staying.get(unit) ?? 0) >= viewer.privacy.minGroupSize);
  const person = (id: string) => ({
    id,
    name: persons.getNodeAttribute(id, 'name'),
    unit: persons.getNodeAttribute(id, 'unit'),
  });
  const people = seesPeople(viewer.role);
  const gone = new Set(result.removed.units);
  const shifts = result.units.filter((u) => visible(u.unit));
  return {
    window: windowAnswer(on.window),
    removed: {
      units: result.removed.units.map((id) => ({ id, name: unitName(id) })),
      ...(people && { people: result.removed.people.map(person) }),
      peopleCount: result.removed.people.length,
    },
    disconnected: result.disconnected
      .filter((d) => d.units.every(visible))
      .map((d) => ({ ...d, names: [unitName(d.units[0]), unitName(d.units[1])] })),
    // a unit removed whole has no one left to single out: its cut ties show where the viewer saw it before
    cutTies: result.cutTies
      .filter((pair) => pair.every((u) => visible(u) || (gone.has(u) && before(u))))
      .map((units) => ({ units })),
    units: shifts.map(({ unit, ...rest }) => ({ id: unit, name: unitName(unit), ...rest })),
    ...(people && {
      singlePointsOfFailure: result.newSinglePointsOfFailure.map((p) => ({
        ...person(p.person),
        unitPairs: p.unitPairs,
        groups: p.groups,
      })),
      betweenness: result.betweennessRises.map((r) => ({ ...person(r.person), ...r })),
    }),
    notes: result.notes,
    privacy: {
      minGroupSize: viewer.privacy.minGroupSize,
      suppressedUnits: units.filterNodes((unit) => !visible(unit)).length,
    },
  };
}
