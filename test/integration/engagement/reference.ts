/**
 * The relationship projections recomputed from a bundle's rows in plain TypeScript, engagement by engagement,
 * written from the definitions in the .cypher headers (not from the queries), to check the Cypher aggregations.
 */
import type { Bundle, EngagementRow } from '../../../server/schema/bundle.ts';

const DAY = 86_400_000;

export function topUnits(bundle: Bundle): Map<string, string> {
  const parent = new Map(bundle.units.filter((u) => u.parentId).map((u) => [u.id, u.parentId!]));
  const top = (unit: string): string => (parent.has(unit) ? top(parent.get(unit)!) : unit);
  const primary = new Map<string, { unit: string; since: string }>();
  for (const m of bundle.memberships) {
    const current = primary.get(m.personId);
    const earlier =
      !current || m.since < current.since || (m.since === current.since && m.unitId < current.unit);
    if (earlier) primary.set(m.personId, { unit: m.unitId, since: m.since });
  }
  return new Map([...primary].map(([person, { unit }]) => [person, top(unit)]));
}

export function promiseOf(e: EngagementRow, to: number): 'kept' | 'late' | 'missed' | 'pending' | null {
  if (!e.promisedBy) return null;
  const due = Date.parse(e.promisedBy);
  if (e.outcome === 'delivered') return !e.deliveredAt || Date.parse(e.deliveredAt) <= due ? 'kept' : 'late';
  if (e.outcome === 'missed') return 'missed';
  if (e.outcome === 'open' || e.outcome === 'agreed') return due < to ? 'missed' : 'pending';
  return null;
}

interface Participation {
  person: string;
  unit: string;
  initiator: boolean;
  leader: boolean;
}

function participations(bundle: Bundle): Map<string, Participation[]> {
  const unitOf = topUnits(bundle);
  const leaders = new Set(bundle.people.filter((p) => p.role === 'leader').map((p) => p.id));
  const byEngagement = new Map<string, Participation[]>();
  for (const p of bundle.participants) {
    const list = byEngagement.get(p.engagementId) ?? [];
    list.push({
      person: p.personId,
      unit: unitOf.get(p.personId)!,
      initiator: p.role === 'initiator',
      leader: leaders.has(p.personId),
    });
    byEngagement.set(p.engagementId, list);
  }
  return byEngagement;
}

/** Per pair "a|b" and period: the facts of relationshipPeriods.cypher. */
export function referencePeriods(bundle: Bundle, since: number, to: number, periodDays: number) {
  const people = participations(bundle);
  const result = new Map<string, Map<number, Record<string, number> & { a: Set<string>; b: Set<string> }>>();
  for (const e of bundle.engagements) {
    const at = Date.parse(e.at);
    if (at < since || at >= to) continue;
    const ps = people.get(e.id)!;
    const host = ps.find((p) => p.initiator)!.unit;
    const others = [...new Set(ps.map((p) => p.unit))].filter((u) => u !== host);
    for (const [a, b] of others.map((u) => [host, u].sort() as [string, string])) {
      const period = Math.floor((to - at) / (periodDays * DAY));
      const pair = result.get(`${a}|${b}`) ?? new Map();
      result.set(`${a}|${b}`, pair);
      const f = pair.get(period) ?? { a: new Set(), b: new Set() };
      pair.set(period, f);
      const add = (key: string, n = 1) => (f[key] = (f[key] ?? 0) + n);
      const initiator = ps.find((p) => p.initiator)?.unit;
      add('volume');
      add(e.kind);
      if (ps.length >= 3) add('manyOnOne');
      if (initiator === a) add('initiatedByA');
      if (initiator === b) add('initiatedByB');
      const reactive = e.kind === 'support' || e.kind === 'transaction';
      if (reactive && initiator === a) add('reactiveByA');
      if (reactive && initiator === b) add('reactiveByB');
      if (e.kind === 'support' && initiator === a) add('supportByA');
      if (e.kind === 'support' && initiator === b) add('supportByB');
      if (e.negotiated && e.kind === 'support') add('negotiatedSupport');
      if (e.negotiated) add('negotiated');
      const promise = promiseOf(e, to);
      if (promise && promise !== 'pending') add(promise);
      if (e.sentiment !== undefined) add('sentimentSum', e.sentiment);
      if (e.sentiment !== undefined) add('sentimentCount');
      const leadersBoth =
        ps.some((p) => p.unit === a && p.leader) && ps.some((p) => p.unit === b && p.leader);
      if (leadersBoth) add('leadersBoth');
      if (leadersBoth && ps.length >= 3 && e.kind === 'meeting') add('planning');
      add('durationMin', e.durationMin);
      for (const p of ps) if (p.unit === a) f.a.add(p.person);
      for (const p of ps) if (p.unit === b) f.b.add(p.person);
    }
  }
  return result;
}

/** Per dyad "a|b": the one-on-one facts of microDyads.cypher in [from, to), tenure since `since`. */
export function referenceDyads(
  bundle: Bundle,
  window: { since: number; from: number; to: number },
  kinds: string[],
) {
  const people = participations(bundle);
  type Tally = { counts: Record<string, number>; times: number[]; cycleDays: number[]; firstAt: number };
  const result = new Map<string, Tally>();
  for (const e of bundle.engagements) {
    const at = Date.parse(e.at);
    const ps = people.get(e.id)!;
    if (at < window.since || at >= window.to || !kinds.includes(e.kind)) continue;
    // tenure: any shared engagement of the micro kinds; the rest: one-on-ones in the window
    for (const x of ps)
      for (const y of ps) {
        if (x.person >= y.person) continue;
        const d =
          result.get(`${x.person}|${y.person}`) ??
          ({ counts: {}, times: [], cycleDays: [], firstAt: Infinity } as Tally);
        result.set(`${x.person}|${y.person}`, d);
        d.firstAt = Math.min(d.firstAt, at);
      }
    if (at < window.from || ps.length !== 2) continue;
    const [x, y] = [...ps].sort((p, q) => (p.person < q.person ? -1 : 1)) as [Participation, Participation];
    const d = result.get(`${x.person}|${y.person}`)!;
    const add = (k: string, n = 1) => (d.counts[k] = (d.counts[k] ?? 0) + n);
    d.times.push(at);
    add('count');
    add('durationMin', e.durationMin);
    if (e.negotiated) add('negotiated');
    if (x.initiator) add('initiatedByA');
    if (y.initiator) add('initiatedByB');
    const promise = promiseOf(e, window.to);
    if (promise) add(promise);
    if (e.outcome === 'delivered' && e.deliveredAt) d.cycleDays.push((Date.parse(e.deliveredAt) - at) / DAY);
    if (e.sentiment !== undefined) add('sentimentSum', e.sentiment);
    if (e.sentiment !== undefined) add('sentimentCount');
  }
  return new Map([...result].filter(([, d]) => (d.counts.count ?? 0) > 0));
}
