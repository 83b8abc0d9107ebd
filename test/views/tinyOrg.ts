/**
 * A hand-sized organisation for the view tests, analysed in-process (no Neo4j) by the same analytics the
 * engine runs on a window:
 *
 *   Sales (5: s1…s5, a ring)  ─ s1–i1, weight 2 ─  IT (5: i1…i5, a ring)  ─ i5–l1, weight 1 ─  Legal (2: l1–l2)
 *
 * Every tie inside a unit has weight 1. Legal, of 2 people, is under the default privacy floor of 5; i2 is the
 * BRM for Sales; IT serves Sales and Legal. One-on-ones: s1–i1 ×3, s2–i1 ×2, s3–i2 ×1 (Sales–IT: 5 people)
 * and i5–l1 ×2 (IT–Legal: 2 people). Macro history (30-day periods, 0 the newest): IT–Sales period 0 volume 4,
 * people 2 of IT and 3 of Sales, started 1 by IT and 3 by Sales; period 1 volume 2, 1 and 1 people, both
 * started by Sales. IT–Legal: period 0, volume 1, started by Legal.
 */
import { DirectedGraph } from 'graphology';
import { engagementMetrics } from '../../server/analytics/engagement.ts';
import { personPairs } from '../../server/analytics/micro/microCycle.ts';
import type { WindowAnalytics } from '../../server/analytics/engine.ts';
import type { PersonAttributes, TieAttributes } from '../../server/analytics/graphs.ts';
import {
  buildPersonGraph,
  buildUnitGraph,
  type PersonRow,
  type TieRow,
  type UnitRow,
} from '../../server/analytics/projection/buildGraphs.ts';
import type { DyadRow } from '../../server/analytics/projection/loadMicroDyads.ts';
import type { RelationshipHistory } from '../../server/analytics/projection/loadRelationshipPeriods.ts';
import { centralityTable } from '../../server/analytics/suite/centralityTable.ts';
import { engagementUnitTable } from '../../server/analytics/suite/engagementTables.ts';
import { networkMetrics } from '../../server/analytics/suite/networkSuite.ts';
import { merged, networkPersonTable, networkUnitTable } from '../../server/analytics/suite/networkTables.ts';
import { weightedReciprocity } from '../../server/analytics/trust/index.ts';
import { edgeColumns } from '../../server/analytics/graphColumns.ts';
import type { TimeWindow } from '../../server/analytics/window.ts';
import type { BrmEngagementMix } from '../../server/analytics/governance/index.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { Viewer } from '../../server/views/privacy.ts';
import { periodFacts } from '../analytics/support/periodFacts.ts';

export const WINDOW: TimeWindow = {
  key: '90d',
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
};

export const viewer = (role: Role): Viewer => ({ role, privacy: { minGroupSize: 5 } });

const UNITS: UnitRow[] = [
  { id: 'sales', name: 'Sales', type: 'department', kind: 'business' },
  { id: 'it', name: 'IT', type: 'provider', kind: 'internal', function: 'IT' },
  { id: 'legal', name: 'Legal', type: 'department', kind: 'business' },
];

const unitOf = { s: UNITS[0]!, i: UNITS[1]!, l: UNITS[2]! } as const;

function person(id: string): PersonRow {
  const unit = unitOf[id[0] as keyof typeof unitOf];
  const role = id === 'i2' ? 'brm' : 'staff';
  return { id, name: `Person ${id}`, role, unit: unit.id, unitType: unit.type, unitKind: unit.kind };
}

const tie = (a: string, b: string, weight = 1): TieRow => ({ a, b, weight, engagements: 1 });
const ring = (ids: string[]) => ids.map((id, k) => tie(id, ids[(k + 1) % ids.length]!));

const PEOPLE = ['s1', 's2', 's3', 's4', 's5', 'i1', 'i2', 'i3', 'i4', 'i5', 'l1', 'l2'].map(person);
const TIES = [
  ...ring(['s1', 's2', 's3', 's4', 's5']),
  ...ring(['i1', 'i2', 'i3', 'i4', 'i5']),
  tie('l1', 'l2'),
  tie('s1', 'i1', 2),
  tie('i5', 'l1'),
];

function dyad(a: string, b: string, count: number): DyadRow {
  const at = Date.parse('2026-03-01T10:00:00Z');
  return {
    ...{ a, b, unitA: person(a).unit, unitB: person(b).unit, firstAt: at, count },
    ...{ times: Array.from({ length: count }, (_, k) => at + k * 86_400_000), durationMin: 30 * count },
    ...{ negotiated: 0, initiatedByA: count, initiatedByB: 0, kept: 0, late: 0, missed: 0, pending: 0 },
    ...{ cycleDays: [], sentimentSum: 0, sentimentCount: 0 },
  };
}

const HISTORIES: RelationshipHistory[] = [
  {
    ...{ a: 'it', b: 'sales', firstAt: Date.parse('2026-02-01'), lastAt: Date.parse('2026-03-20') },
    medianGapDays: null,
    periods: [
      periodFacts(0, { volume: 4, peopleA: 2, peopleB: 3, initiatedByA: 1, initiatedByB: 3, meeting: 4 }),
      periodFacts(1, { volume: 2, peopleA: 1, peopleB: 1, initiatedByB: 2, meeting: 2 }),
    ],
  },
  {
    ...{ a: 'it', b: 'legal', firstAt: Date.parse('2026-03-10'), lastAt: Date.parse('2026-03-10') },
    medianGapDays: null,
    periods: [periodFacts(0, { volume: 1, peopleA: 1, peopleB: 1, initiatedByB: 1, meeting: 1 })],
  },
];

/** A BRM who met their department three times, twice at its request, once a planning meeting. */
function brmMix(brm: string, departments: string[]): BrmEngagementMix {
  return {
    ...{ brm, departments, engagements: 3, transactional: 2, strategic: 1, meetings: 0, community: 0 },
    ...{ startedByBusiness: 2, startedByProvider: 1 },
  };
}

export async function tinyOrgAnalytics(): Promise<WindowAnalytics> {
  const persons = buildPersonGraph(PEOPLE, TIES);
  const units = buildUnitGraph(UNITS, persons);
  const initiations = new DirectedGraph<PersonAttributes, TieAttributes>();
  const graphs = { persons, units, initiations, brmAssignments: [{ personId: 'i2', departmentId: 'sales' }] };
  const network = networkMetrics(graphs);
  const dyads = [dyad('i1', 's1', 3), dyad('i1', 's2', 2), dyad('i2', 's3', 1), dyad('i5', 'l1', 2)];
  const engagement = engagementMetrics(
    {
      dyads,
      histories: HISTORIES,
      feedback: [],
      brms: { assignments: graphs.brmAssignments, mix: [brmMix('i2', ['sales'])] },
      serves: [
        {
          providerId: 'it',
          departmentId: 'sales',
          purpose: 'Sales systems',
          since: '2025-01-01',
          targetMaturity: 3,
        },
        {
          providerId: 'it',
          departmentId: 'legal',
          purpose: 'Contract tools',
          since: '2025-01-01',
          targetMaturity: 2,
        },
      ],
    },
    WINDOW,
  );
  const [people, unitTable] = await Promise.all([centralityTable(persons), centralityTable(units)]);
  return {
    window: WINDOW,
    dataVersion: 1,
    networkKind: 'behaviour',
    graphs,
    people: merged(people.metrics, networkPersonTable(network)),
    units: merged(unitTable.metrics, networkUnitTable(network), engagementUnitTable(engagement)),
    network,
    engagement,
    dyads: personPairs(dyads, WINDOW),
    reciprocity: weightedReciprocity(edgeColumns(initiations as never)),
    notes: [],
    timings: {},
  };
}
