/**
 * Activity of the planted business–provider relationships, month by month:
 * - growing: volume and the people involved on both sides rise steadily over the last nine months;
 * - declining: volume and breadth fall steadily over the last nine months, yet never reach zero;
 * - order taker: support tickets and transactions, all started by the business, rarely negotiated;
 * - strategic partner: a monthly planning meeting with leaders of both sides plus one-on-ones started from
 *   both sides, promises kept;
 * - promise breaker: a vendor whose negotiated work is mostly late or missed.
 */
import { MONTHS, TREND_MONTHS, momentIn } from './calendar.ts';
import type { EngagementWriter, Kind } from './engagementWriter.ts';
import type { Org } from './orgModel.ts';
import type { Rng } from '../server/prng.ts';

type Pair = { providerId: string; departmentId: string };

export function plantActivity(org: Org, rng: Rng, writer: EngagementWriter): void {
  const p = org.planted;
  for (let month = 0; month < MONTHS; month++) {
    const late = Math.max(0, month - (MONTHS - TREND_MONTHS - 1)); // 0 before the trend months, then 1…9
    // ±1 a month: volumes trend steadily without being perfectly even
    trend(org, rng, writer, {
      pair: p.growing,
      month,
      volume: 3 + late * 2 + rng.int(-1, 1),
      share: 0.3 + late * 0.08,
    });
    trend(org, rng, writer, {
      pair: p.declining,
      month,
      volume: Math.max(1, 20 - late * 2 + rng.int(-1, 1)),
      share: Math.max(0.15, 1 - late * 0.1),
    });
    orderTaker(org, rng, writer, p.orderTaker, month);
    strategicPartner(org, rng, writer, p.strategicPartner, month);
    promiseBreaker(org, rng, writer, month);
  }
}

interface Trend {
  pair: Pair;
  month: number;
  /** Engagements this month. */
  volume: number;
  /** Share of each side's people taking part (breadth). */
  share: number;
}

/** One-on-ones between the first `share` of each side's people. */
function trend(org: Org, rng: Rng, writer: EngagementWriter, { pair, month, volume, share }: Trend): void {
  const business = firstShare(org.members.get(pair.departmentId)!, share);
  const provider = firstShare(org.members.get(pair.providerId)!, share);
  for (let i = 0; i < volume; i++) {
    const [a, b] = rng.chance(0.6)
      ? [rng.pick(business), rng.pick(provider)]
      : [rng.pick(provider), rng.pick(business)];
    writer.add({
      kind: rng.chance(0.75) ? 'meeting' : 'transaction',
      at: momentIn(month, rng),
      people: [a, b],
      negotiated: rng.chance(0.5),
    });
  }
}

function orderTaker(org: Org, rng: Rng, writer: EngagementWriter, pair: Pair, month: number): void {
  const business = org.members.get(pair.departmentId)!;
  const provider = org.members.get(pair.providerId)!;
  for (let i = rng.int(4, 8); i > 0; i--) {
    const kind: Kind = rng.chance(0.7) ? 'support' : 'transaction';
    const requester = rng.pick(business);
    const handler = rng.pick(provider);
    writer.add({
      kind,
      at: momentIn(month, rng),
      // now and then the provider chases up a ticket; otherwise the business always asks
      people: rng.chance(0.04) ? [handler, requester] : [requester, handler],
      negotiated: rng.chance(0.08),
      mood: 0.05,
    });
  }
}

function strategicPartner(org: Org, rng: Rng, writer: EngagementWriter, pair: Pair, month: number): void {
  const business = org.members.get(pair.departmentId)!;
  const provider = org.members.get(pair.providerId)!;
  const leaders = [
    ...org.leaders.get(pair.departmentId)!.slice(0, 1),
    ...org.leaders.get(pair.providerId)!.slice(0, 1),
  ];
  const brm = org.brmAssignments.find((b) => b.departmentId === pair.departmentId)?.personId;
  const attendees = [...rng.sample(business, 2), ...rng.sample(provider, 2), ...(brm ? [brm] : [])];
  const host = month % 2 === 0 ? leaders[0]! : leaders[1]!;
  writer.add({
    kind: 'meeting',
    at: momentIn(month, rng),
    people: [host, ...leaders, ...attendees],
    negotiated: true,
    mood: 0.7,
  });
  for (let i = rng.int(3, 7); i > 0; i--) {
    const [a, b] =
      i % 2 === 0 ? [rng.pick(business), rng.pick(provider)] : [rng.pick(provider), rng.pick(business)];
    writer.add({
      kind: 'meeting',
      at: momentIn(month, rng),
      people: [a, b],
      negotiated: rng.chance(0.6),
      mood: 0.6,
    });
  }
}

function promiseBreaker(org: Org, rng: Rng, writer: EngagementWriter, month: number): void {
  const vendor = org.planted.promiseBreakingProvider;
  const departments = org.serves.filter((s) => s.providerId === vendor).map((s) => s.departmentId);
  const staff = org.members.get(vendor)!;
  for (let i = 0; i < 4; i++) {
    const business = org.members.get(rng.pick(departments))!;
    writer.add({
      kind: 'transaction',
      at: momentIn(month, rng),
      people: [rng.pick(business), rng.pick(staff)],
      negotiated: true,
      profile: 'breaking',
      mood: -0.3,
    });
  }
}

function firstShare(people: string[], share: number): string[] {
  return people.slice(0, Math.max(1, Math.round(people.length * Math.min(1, share))));
}
