/**
 * The derived graphs of one window built in-process from a bundle, with the same rules as the projection
 * queries (cypher/projection/*.cypher): primary unit = earliest membership (ties by unit id), pair weight
 * κ(kind) · 2^(−age/h) / (participants − 1), initiator → others. For benchmarks and tests on large generated
 * orgs without a database; test/integration/groundTruth checks it against the Neo4j projection.
 */
import {
  buildInitiationGraph,
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
} from '../../server/analytics/projection/buildGraphs.ts';
import type { DerivedGraphs } from '../../server/analytics/projection/loadGraphs.ts';
import { DEFAULT_TIE_OPTIONS, type TieOptions } from '../../server/analytics/options.ts';
import type { TimeWindow } from '../../server/analytics/window.ts';
import type { Bundle } from '../../server/schema/bundle.ts';

export function bundleGraphs(
  bundle: Bundle,
  window: TimeWindow,
  options: TieOptions = DEFAULT_TIE_OPTIONS,
): DerivedGraphs {
  const people = peopleRows(bundle);
  const { ties, initiations } = tieRows(bundle, window, options);
  const persons = buildPersonGraph(people, ties);
  const units = bundle.units.map(({ parentId, ...unit }) => ({
    id: unit.id,
    name: unit.name,
    type: unit.type,
    kind: unit.kind,
    ...(unit.function ? { function: unit.function } : {}),
    parent: parentId ?? null,
  }));
  return {
    persons,
    units: buildUnitGraph(units, persons),
    initiations: buildInitiationGraph(people, initiations),
    brmAssignments: bundle.brmAssignments
      .filter((b) => Date.parse(`${b.since}T00:00:00Z`) < window.to.getTime())
      .map(({ personId, departmentId }) => ({ personId, departmentId })),
  };
}

function peopleRows(bundle: Bundle): PersonRow[] {
  const unitById = new Map(bundle.units.map((u) => [u.id, u]));
  const primary = new Map<string, { unitId: string; since: string }>();
  for (const m of bundle.memberships) {
    const current = primary.get(m.personId);
    const earlier =
      !current || m.since < current.since || (m.since === current.since && m.unitId < current.unitId);
    if (earlier) primary.set(m.personId, { unitId: m.unitId, since: m.since });
  }
  return bundle.people.flatMap((person) => {
    const unit = unitById.get(primary.get(person.id)?.unitId ?? '');
    if (!unit) return [];
    return [
      {
        id: person.id,
        name: person.name,
        role: person.role,
        unit: unit.id,
        unitType: unit.type,
        unitKind: unit.kind,
      },
    ];
  });
}

interface Initiation {
  source: string;
  target: string;
  weight: number;
  engagements: number;
}

function tieRows(bundle: Bundle, window: TimeWindow, options: TieOptions) {
  const participants = new Map<string, Array<{ personId: string; initiator: boolean }>>();
  for (const p of bundle.participants) {
    const list = participants.get(p.engagementId) ?? [];
    list.push({ personId: p.personId, initiator: p.role === 'initiator' });
    participants.set(p.engagementId, list);
  }
  const ties = new Map<string, TieRow>();
  const initiations = new Map<string, Initiation>();
  const [from, to] = [window.from.getTime(), window.to.getTime()];
  for (const engagement of bundle.engagements) {
    const at = Date.parse(engagement.at);
    const people = participants.get(engagement.id) ?? [];
    if (at < from || at >= to || people.length < 2) continue;
    const decay = options.halfLifeDays > 0 ? 2 ** (-(to - at) / 86_400_000 / options.halfLifeDays) : 1;
    const w = ((options.kappa[engagement.kind] ?? 0) * decay) / (people.length - 1);
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const [a, b] = [people[i]!.personId, people[j]!.personId].sort() as [string, string];
        add(ties, `${a}|${b}`, () => ({ a, b, weight: 0, engagements: 0 }), w);
      }
      const initiator = people[i]!;
      if (!initiator.initiator) continue;
      for (const other of people) {
        if (other === initiator) continue;
        const [source, target] = [initiator.personId, other.personId];
        add(initiations, `${source}|${target}`, () => ({ source, target, weight: 0, engagements: 0 }), w);
      }
    }
  }
  return { ties: [...ties.values()], initiations: [...initiations.values()] };
}

function add<T extends { weight: number; engagements: number }>(
  rows: Map<string, T>,
  key: string,
  create: () => T,
  weight: number,
): void {
  const row = rows.get(key) ?? create();
  row.weight += weight;
  row.engagements += 1;
  rows.set(key, row);
}
