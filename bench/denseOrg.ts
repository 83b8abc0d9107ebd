/**
 * A dense org like the real one in issue 10 (1,005 people in 42 departments, 25,571 two-person interactions over
 * 60 days): 1,000 people in 40 units (36 departments, 4 providers), 25,000 two-person engagements over the 60 days
 * up to 2026-06-30, three in four inside the initiator's own unit. Seeded, so every run measures the same org.
 */
import type { Bundle } from '../server/schema/bundle.ts';
import { Rng } from '../server/prng.ts';

const END = Date.UTC(2026, 5, 30);
const DAYS = 60;
const KINDS = [
  'meeting',
  'meeting',
  'meeting',
  'transaction',
  'transaction',
  'support',
  'community',
] as const;

export function denseOrg({ people = 1_000, units = 40, engagements = 25_000, seed = 42 } = {}): Bundle {
  const rng = new Rng(seed);
  const unitId = (u: number) => `unit-${u}`;
  const providers = 4;
  const bundle: Bundle = {
    units: Array.from({ length: units }, (_, u) =>
      u < providers
        ? {
            id: unitId(u),
            name: `Provider ${u}`,
            type: 'provider' as const,
            kind: 'internal' as const,
            function: 'IT' as const,
          }
        : { id: unitId(u), name: `Department ${u}`, type: 'department' as const, kind: 'business' as const },
    ),
    people: Array.from({ length: people }, (_, p) => ({
      id: `person-${p}`,
      name: `Person ${p}`,
      title: '',
      role: p < units ? ('leader' as const) : ('staff' as const),
      active: true,
    })),
    memberships: Array.from({ length: people }, (_, p) => ({
      personId: `person-${p}`,
      unitId: unitId(p % units),
      since: '2024-01-01',
    })),
    brmAssignments: [],
    serves: Array.from({ length: units - providers }, (_, d) => ({
      providerId: unitId(d % providers),
      departmentId: unitId(providers + d),
      purpose: 'IT services',
      since: '2024-01-01',
      targetMaturity: 3,
    })),
    domains: [],
    engagements: [],
    participants: [],
    feedback: [],
    surveyTies: [],
    initiatives: [],
    benefits: [],
  };
  for (let e = 0; e < engagements; e++) {
    const initiator = rng.int(0, people - 1);
    let other = initiator;
    while (other === initiator)
      other = rng.chance(0.75)
        ? (initiator % units) + units * rng.int(0, people / units - 1)
        : rng.int(0, people - 1);
    const at = END - rng.float() * DAYS * 86_400_000;
    const promised = rng.chance(0.2);
    bundle.engagements.push({
      id: `eng-${e}`,
      kind: rng.pick(KINDS),
      at: new Date(Math.floor(at / 60_000) * 60_000).toISOString(),
      durationMin: rng.int(1, 6) * 10,
      topic: '',
      negotiated: promised,
      outcome: promised ? rng.pick(['delivered', 'missed', 'open'] as const) : 'agreed',
      ...(promised ? { promisedBy: new Date(at + rng.int(1, 20) * 86_400_000).toISOString() } : {}),
      ...(rng.chance(0.3) ? { sentiment: Math.round(rng.float() * 20 - 10) / 10 } : {}),
    });
    bundle.participants.push({
      engagementId: `eng-${e}`,
      personId: `person-${initiator}`,
      role: 'initiator',
    });
    bundle.participants.push({ engagementId: `eng-${e}`, personId: `person-${other}`, role: 'counterpart' });
  }
  return bundle;
}
