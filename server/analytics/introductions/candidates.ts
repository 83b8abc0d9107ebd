/**
 * Every pair (member of the unit, person of another top-level unit) with what its tie would change: the unit's
 * isolation after (isolationEffect.ts) and the brokers it would no longer depend on alone (brokerSides.ts), and
 * why it could take: common contacts (Adamic–Adar), an existing weak tie, roles. Pairs already tied at least as
 * strongly as a typical tie between units are not introductions and are left out. A large unit makes
 * members × people pairs, so everything per person is looked up once, and the isolation effect, which depends
 * only on the member's outside ties, the other unit and the weight, is computed once per such combination.
 */
import type { SiloGraphs } from '../silos/index.ts';
import type { IsolationConfig } from '../silos/isolationRules.ts';
import type { CommonContacts } from './adamicAdar.ts';
import type { BrokerSide } from './brokerSides.ts';
import { isolationAfter, type IsolationAfter, type UnitStanding } from './isolationEffect.ts';
import { relievedBrokers, type Relief } from './relief.ts';

export type IntroductionRole = 'brmOfUnit' | 'brm' | 'leadersBothSides';

export interface Candidate {
  a: string;
  b: string;
  effect: number;
  adamicAdar: number;
  roles: IntroductionRole[];
  commonContacts: string[];
  weakTie: { weight: number; engagements: number } | null;
  after: IsolationAfter;
  brokersRelieved: Relief[];
}

export interface CandidateScan {
  graphs: SiloGraphs;
  unit: string;
  unitOf: Record<string, string>;
  top: Map<string, string>;
  sides: BrokerSide[];
  standing: UnitStanding;
  scoreBefore: number;
  isolation: IsolationConfig;
  minRulesFired: number;
  typicalTieWeight: number;
  contacts: (member: string) => Map<string, CommonContacts>;
}

interface Other {
  id: string;
  unit: string;
  provider: string | null;
  role: string;
}

export function candidatePairs(scan: CandidateScan): Candidate[] {
  const { persons } = scan.graphs;
  const home = scan.top.get(scan.unit) ?? scan.unit;
  const brms = new Set(
    scan.graphs.brmAssignments.filter((b) => b.departmentId === scan.unit).map((b) => b.personId),
  );
  const others: Other[] = persons
    .filterNodes((person) => scan.unitOf[person] !== home)
    .map((id) => ({ id, ...describe(scan, id) }));
  const memo = new Map<string, IsolationAfter>();
  const out: Candidate[] = [];
  for (const a of persons.filterNodes((_p, attributes) => attributes.unit === scan.unit)) {
    const contacts = scan.contacts(a);
    const ties = new Map<string, { weight: number; engagements: number }>();
    persons.forEachEdge(a, (_edge, tie, s, t) => ties.set(s === a ? t : s, tie));
    const roleA = persons.getNodeAttribute(a, 'role');
    for (const other of others) {
      const tie = ties.get(other.id);
      if (tie && tie.weight >= scan.typicalTieWeight) continue;
      const added = scan.typicalTieWeight - (tie?.weight ?? 0);
      const after = effectOf(scan, memo, a, other, added);
      const brokersRelieved = relievedBrokers(scan.sides, a, other.id);
      const effect =
        Math.max(0, scan.scoreBefore - after.score) + brokersRelieved.reduce((sum, r) => sum + r.share, 0);
      if (effect <= 1e-9) continue;
      const common = contacts.get(other.id);
      out.push({
        a,
        b: other.id,
        effect,
        adamicAdar: common?.score ?? 0,
        roles: roles(roleA, other, brms),
        commonContacts: common?.via ?? [],
        weakTie: tie ? { weight: tie.weight, engagements: tie.engagements } : null,
        after,
        brokersRelieved,
      });
    }
  }
  return out;
}

function describe(scan: CandidateScan, id: string): Omit<Other, 'id'> {
  const { persons, units } = scan.graphs;
  const unit = persons.getNodeAttribute(id, 'unit');
  const top = scan.top.get(unit) ?? unit;
  const provider = units.hasNode(top) && units.getNodeAttribute(top, 'type') === 'provider' ? top : null;
  return { unit, provider, role: persons.getNodeAttribute(id, 'role') };
}

/** The isolation after a tie, memoised on what it depends on. */
function effectOf(
  scan: CandidateScan,
  memo: Map<string, IsolationAfter>,
  a: string,
  other: Other,
  added: number,
): IsolationAfter {
  const outward = scan.standing.outward.has(a);
  const key = `${outward}|${other.unit}|${added}`;
  let after = memo.get(key);
  if (!after) {
    const tie = { member: a, otherUnit: other.unit, otherProvider: other.provider, added };
    after = isolationAfter(scan.standing, tie, scan.isolation, scan.minRulesFired);
    memo.set(key, after);
  }
  return after;
}

function roles(roleA: string, other: Other, brms: Set<string>): IntroductionRole[] {
  const out: IntroductionRole[] = [];
  if (brms.has(other.id)) out.push('brmOfUnit');
  else if (roleA === 'brm' || other.role === 'brm') out.push('brm');
  if (roleA === 'leader' && other.role === 'leader') out.push('leadersBothSides');
  return out;
}
