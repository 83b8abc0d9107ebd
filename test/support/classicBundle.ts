/**
 * The NetworkX classic graphs (test/fixtures/centrality: karate, florentine, lesmis) as org bundles: each node a
 * person, each fixture unit (karate's two clubs) or else a unit per tenth of the nodes a department, each edge of
 * weight w a run of w engagements between its two ends spread over a year, with kinds, promises, sentiment and
 * a third attendee on every fifth one, so every rule of the projections has something to count.
 */
import type { Bundle } from '../../server/schema/bundle.ts';
import { loadFixture } from '../analytics/centrality/classicGraphs.ts';

const KINDS = ['meeting', 'transaction', 'support', 'community'] as const;
const OUTCOMES = ['delivered', 'missed', 'open', 'agreed', 'cancelled'] as const;
const START = Date.UTC(2025, 6, 1);
const HOUR = 3_600_000;

export function classicBundle(name: string): Bundle {
  const fixture = loadFixture(name);
  const unitOf = (index: number, unit?: string) =>
    `u-${unit ?? String(Math.floor(index / 10))}`.replace(/\W/g, '-');
  const units = [...new Set(fixture.nodes.map((node, index) => unitOf(index, node.unit)))];
  const bundle: Bundle = {
    units: units.map((id, k) =>
      k % 3 === 2
        ? { id, name: id, type: 'provider' as const, kind: 'internal' as const, function: 'IT' as const }
        : { id, name: id, type: 'department' as const, kind: 'business' as const },
    ),
    people: fixture.nodes.map((node, index) => ({
      id: `n-${node.id}`,
      name: node.id,
      title: '',
      role: index % 7 === 0 ? 'leader' : 'staff',
      active: true,
    })),
    memberships: fixture.nodes.map((node, index) => ({
      personId: `n-${node.id}`,
      unitId: unitOf(index, node.unit),
      since: '2020-01-01',
    })),
    brmAssignments: [],
    serves: [],
    domains: [],
    engagements: [],
    participants: [],
    feedback: [],
    surveyTies: [],
    initiatives: [],
    benefits: [],
  };
  let n = 0;
  for (const [source, target, weight] of fixture.edges) {
    for (let k = 0; k < Math.max(1, Math.round(weight)); k++, n++) {
      const at = START + ((n * 37) % 8760) * HOUR;
      const promised = n % 3 === 0;
      bundle.engagements.push({
        id: `e-${n}`,
        kind: KINDS[n % 4]!,
        at: new Date(at).toISOString(),
        durationMin: 15 + (n % 4) * 15,
        topic: '',
        negotiated: n % 5 === 0,
        outcome: OUTCOMES[n % 5]!,
        ...(promised ? { promisedBy: new Date(at + ((n % 9) - 2) * 24 * HOUR).toISOString() } : {}),
        ...(n % 5 === 0 && n % 2 === 0
          ? { deliveredAt: new Date(at + (n % 11) * 24 * HOUR).toISOString() }
          : {}),
        ...(n % 4 === 1 ? { sentiment: ((n % 21) - 10) / 10 } : {}),
      });
      const [first, second] = n % 2 ? [source, target] : [target, source];
      bundle.participants.push({ engagementId: `e-${n}`, personId: `n-${first}`, role: 'initiator' });
      bundle.participants.push({ engagementId: `e-${n}`, personId: `n-${second}`, role: 'counterpart' });
      const third = fixture.nodes[(n * 7) % fixture.nodes.length]!.id;
      if (n % 5 === 4 && third !== source && third !== target)
        bundle.participants.push({ engagementId: `e-${n}`, personId: `n-${third}`, role: 'attendee' });
    }
  }
  return bundle;
}
