/**
 * Governance patterns of the demo org (issue 12 item 4), planted after everything else so the rows before them
 * stay as they were:
 * - an ORDER-TAKER BRM (the first BRM): over the last six months, the people of their departments send them
 *   requests and tickets, and they never reach out first;
 * - a STRATEGIC-PARTNER BRM (the second BRM): over the same months, two planning meetings a month they call
 *   with the leaders of each of their departments;
 * - a GOVERNANCE GAP: one ordinary relationship whose provider gave no feedback in the last six months.
 * The broker's department (reached only through its broker) and the strategic-partner relationship's
 * department (its IT activity is planted apart) get none of the BRMs' planted meetings.
 */
import type { FeedbackRow } from '../server/schema/bundle.ts';
import type { Rng } from '../server/prng.ts';
import { DAY, HISTORY_END, MONTHS, momentIn } from './calendar.ts';
import type { EngagementWriter } from './engagementWriter.ts';
import type { Org } from './orgModel.ts';

/** The months planted: the last six of the history. */
const PLANTED_MONTHS = 6;
const SIX_MONTHS_MS = 180 * DAY;

export interface GovernanceTruth {
  /** BRMs whose engagement mix reads as the role, with the departments it was planted in. */
  orderTakerBrm: { personId: string; departments: string[] } | null;
  strategicPartnerBrm: { personId: string; departments: string[] } | null;
  /** A relationship whose provider gave no feedback in the last six months of the history. */
  feedbackGap: { providerId: string; departmentId: string } | null;
}

export function plantGovernance(org: Org, rng: Rng, writer: EngagementWriter): GovernanceTruth {
  const [orderTaker, strategic] = org.brms.map((brm) => ({
    personId: brm,
    departments: plantable(org, brm),
  }));
  for (let month = MONTHS - PLANTED_MONTHS; month < MONTHS; month++) {
    for (const departmentId of orderTaker?.departments ?? [])
      requests(org, rng, writer, { brm: orderTaker!.personId, departmentId, month });
    for (const departmentId of strategic?.departments ?? [])
      planning(org, rng, writer, { brm: strategic!.personId, departmentId, month });
  }
  return {
    orderTakerBrm: orderTaker?.departments.length ? orderTaker : null,
    strategicPartnerBrm: strategic?.departments.length ? strategic : null,
    feedbackGap: feedbackGapPair(org),
  };
}

/** The BRM's departments open to planted BRM activity. */
function plantable(org: Org, brm: string): string[] {
  const p = org.planted;
  const closed = new Set([p.brokerDepartment, p.isolatedDepartment, p.strategicPartner.departmentId]);
  return org.brmAssignments
    .filter((b) => b.personId === brm && !closed.has(b.departmentId))
    .map((b) => b.departmentId);
}

interface Planting {
  brm: string;
  departmentId: string;
  month: number;
}

/** Two or three requests or tickets a month, each started by someone of the department (never a leader). */
function requests(
  org: Org,
  rng: Rng,
  writer: EngagementWriter,
  { brm, departmentId, month }: Planting,
): void {
  const leaders = new Set(org.leaders.get(departmentId));
  const staff = org.members.get(departmentId)!.filter((id) => !leaders.has(id));
  for (let i = rng.int(2, 3); i > 0; i--)
    writer.add({
      kind: rng.chance(0.5) ? 'transaction' : 'support',
      at: momentIn(month, rng),
      people: [rng.pick(staff), brm],
      negotiated: rng.chance(0.1),
      mood: 0.1,
    });
}

/** Twice a month the BRM calls a planning meeting with a leader of the department and one of their people. */
function planning(
  org: Org,
  rng: Rng,
  writer: EngagementWriter,
  { brm, departmentId, month }: Planting,
): void {
  const leaders = org.leaders.get(departmentId)!;
  const others = org.members.get(departmentId)!.filter((id) => !leaders.includes(id));
  for (let i = 0; i < 2; i++)
    writer.add({
      kind: 'meeting',
      at: momentIn(month, rng),
      people: [brm, i === 0 ? leaders[0]! : rng.pick(leaders), rng.pick(others)],
      negotiated: true,
      mood: 0.6,
    });
}

/** The first ordinary relationship of Legal (or any internal provider) with a department that has a BRM. */
function feedbackGapPair(org: Org): { providerId: string; departmentId: string } | null {
  const p = org.planted;
  const special = new Set([
    p.isolatedDepartment,
    p.brokerDepartment,
    ...[p.growing, p.declining, p.orderTaker, p.strategicPartner].map((r) => r.departmentId),
  ]);
  const served = new Set(org.brmAssignments.map((b) => b.departmentId));
  const candidates = org.serves.filter(
    (s) => s.providerId.startsWith('prov-') && !special.has(s.departmentId) && served.has(s.departmentId),
  );
  const pick = candidates.find((s) => s.providerId === 'prov-legal') ?? candidates[0];
  return pick ? { providerId: pick.providerId, departmentId: pick.departmentId } : null;
}

/** The feedback without the provider's answers about the gap's department in the last six months. */
export function withoutProviderFeedback(
  feedback: FeedbackRow[],
  org: Org,
  gap: GovernanceTruth['feedbackGap'],
): FeedbackRow[] {
  if (!gap) return feedback;
  const since = HISTORY_END - SIX_MONTHS_MS;
  return feedback.filter(
    (row) =>
      !(
        org.unitOf.get(row.personId) === gap.providerId &&
        row.about.includes(gap.departmentId) &&
        Date.parse(row.at) >= since
      ),
  );
}
