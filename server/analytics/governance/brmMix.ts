/**
 * The mix of each BRM's engagements with the business they serve, in a window: of the engagements the BRM took
 * part in together with someone of one of their departments (BRM_FOR, rolled up to top-level units), how many
 * were tickets and requests (transaction, support), planning with the business's leaders (a meeting a leader
 * of the department attended), other meetings, and community events — and who started them: the business, or
 * the BRM's own side (the BRM or a colleague of their provider). brmRole.ts reads the role from these counts.
 */
import type { BrmAssignment } from '../graphs.ts';
import type { EngagementTable } from '../projection/engagementTable.ts';
import type { PersonFacts } from '../projection/roster.ts';
import type { TimeWindow } from '../window.ts';

export interface BrmEngagementMix {
  brm: string;
  /** The departments the BRM is assigned to, sorted. */
  departments: string[];
  engagements: number;
  /** Transactions and support tickets: requests to fulfil. */
  transactional: number;
  /** Meetings a leader of the department attended: joint planning, strategy, roadmaps. */
  strategic: number;
  /** Other meetings: reviews, check-ins, coordination. */
  meetings: number;
  community: number;
  startedByBusiness: number;
  startedByProvider: number;
}

export function brmEngagementMix(
  table: EngagementTable,
  facts: PersonFacts,
  assignments: readonly BrmAssignment[],
  window: TimeWindow,
): BrmEngagementMix[] {
  const byBrm = new Map<string, { mix: BrmEngagementMix; served: Set<string> }>();
  for (const { personId, departmentId } of assignments) {
    const entry = byBrm.get(personId) ?? { mix: emptyMix(personId), served: new Set<string>() };
    entry.served.add(departmentId);
    entry.mix.departments = [...entry.served].sort();
    byBrm.set(personId, entry);
  }
  // by interned person number; a BRM without any engagement in the read keeps an empty mix
  const mixes = new Map(
    [...byBrm].flatMap(([id, entry]) => {
      const n = table.personNumber.get(id);
      return n === undefined ? [] : [[n, entry] as const];
    }),
  );
  const from = window.from.getTime();
  const to = window.to.getTime();
  for (let i = 0; i < table.size; i++) {
    if (table.at[i]! < from || table.at[i]! >= to) continue;
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++) {
      const entry = mixes.get(table.participant[k]!);
      if (entry)
        count(entry.mix, table, facts, { engagement: i, brm: table.participant[k]!, served: entry.served });
    }
  }
  return [...byBrm.values()].map((e) => e.mix).sort((a, b) => (a.brm < b.brm ? -1 : 1));
}

function emptyMix(brm: string): BrmEngagementMix {
  return {
    ...{ brm, departments: [], engagements: 0, transactional: 0, strategic: 0, meetings: 0, community: 0 },
    ...{ startedByBusiness: 0, startedByProvider: 0 },
  };
}

interface Seen {
  engagement: number;
  brm: number;
  served: Set<string>;
}

/** Adds engagement `i` to the BRM's mix when someone of a served department took part. */
function count(mix: BrmEngagementMix, table: EngagementTable, facts: PersonFacts, seen: Seen): void {
  const i = seen.engagement;
  let business = false;
  let leader = false;
  let starter = -1;
  for (let k = table.start[i]!; k < table.start[i + 1]!; k++) {
    const p = table.participant[k]!;
    if (table.initiator[k] && starter < 0) starter = p;
    if (p === seen.brm || !seen.served.has(facts.topUnit[p] ?? '')) continue;
    business = true;
    if (facts.leader[p]) leader = true;
  }
  if (!business) return;
  mix.engagements++;
  const kind = table.kind[i];
  if (kind === 'transaction' || kind === 'support') mix.transactional++;
  else if (kind === 'meeting') mix[leader ? 'strategic' : 'meetings']++;
  else mix.community++;
  if (starter < 0) return;
  if (starter === seen.brm || facts.topUnit[starter] === facts.topUnit[seen.brm]) mix.startedByProvider++;
  else if (seen.served.has(facts.topUnit[starter] ?? '')) mix.startedByBusiness++;
}
