/**
 * Small independent computations on a raw bundle, for checking that the planted patterns are really in the
 * data (written here from the definitions, not with the analytics engine they will later test).
 */
import type { Bundle, EngagementRow, ParticipantRow } from '../../server/schema/bundle.ts';

/** Tie weight per engagement kind, shared among the pairs of an engagement (DESIGN §3.3 uses tie weight). */
const KAPPA: Record<string, number> = { meeting: 1, transaction: 1, support: 0.5, community: 0.3 };

export interface Pair {
  providerId: string;
  departmentId: string;
}

export function analyse(bundle: Bundle) {
  const unitOf = new Map(bundle.memberships.map((m) => [m.personId, m.unitId]));
  const byEngagement = new Map<string, ParticipantRow[]>();
  for (const p of bundle.participants) {
    const list = byEngagement.get(p.engagementId) ?? [];
    list.push(p);
    byEngagement.set(p.engagementId, list);
  }
  const peopleOf = (id: string) => byEngagement.get(id)!.map((p) => p.personId);
  const departments = bundle.units.filter((u) => u.type === 'department').map((u) => u.id);
  const providers = new Set(bundle.units.filter((u) => u.type === 'provider').map((u) => u.id));

  function eiByDepartment(): Map<string, number> {
    const external = new Map<string, number>();
    const internal = new Map<string, number>();
    for (const e of bundle.engagements) {
      const people = peopleOf(e.id);
      const w = KAPPA[e.kind]! / (people.length - 1);
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [a, b] = [unitOf.get(people[i]!)!, unitOf.get(people[j]!)!];
          const target = a === b ? internal : external;
          target.set(a, (target.get(a) ?? 0) + w);
          if (a !== b) target.set(b, (target.get(b) ?? 0) + w);
        }
      }
    }
    return new Map(
      departments.map((d) => {
        const [e, i] = [external.get(d) ?? 0, internal.get(d) ?? 0];
        return [d, (e - i) / (e + i)];
      }),
    );
  }

  /** The other units that members of the unit shared an engagement with. */
  function reach(unitId: string): Set<string> {
    const units = new Set<string>();
    for (const e of bundle.engagements) {
      const unitsHere = peopleOf(e.id).map((p) => unitOf.get(p)!);
      if (unitsHere.includes(unitId)) for (const u of unitsHere) if (u !== unitId) units.add(u);
    }
    return units;
  }

  /** Whether any member of the department other than `without` reaches a member of the target unit. */
  function reaches(departmentId: string, targetUnit: string, without: string | null): boolean {
    const adjacency = new Map<string, Set<string>>();
    for (const e of bundle.engagements) {
      const people = peopleOf(e.id).filter((p) => p !== without);
      for (const a of people)
        for (const b of people) if (a !== b) adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    }
    const start = members(departmentId).filter((p) => p !== without);
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length) {
      const person = queue.pop()!;
      if (unitOf.get(person) === targetUnit) return true;
      for (const next of adjacency.get(person) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return false;
  }

  function members(unitId: string): string[] {
    return bundle.memberships.filter((m) => m.unitId === unitId).map((m) => m.personId);
  }

  /** Engagements with people of both sides of the relationship. */
  function engagementsOf(pair: Pair): Array<{ engagement: EngagementRow; people: ParticipantRow[] }> {
    return bundle.engagements
      .map((engagement) => ({ engagement, people: byEngagement.get(engagement.id)! }))
      .filter(({ people }) => {
        const units = new Set(people.map((p) => unitOf.get(p.personId)));
        return units.has(pair.providerId) && units.has(pair.departmentId);
      });
  }

  /** Engagements a month and distinct people of either side taking part, over the 18 months. */
  function monthly(pair: Pair): { volume: number[]; breadth: number[] } {
    const volume = new Array<number>(18).fill(0);
    const people = Array.from({ length: 18 }, () => new Set<string>());
    for (const { engagement, people: ps } of engagementsOf(pair)) {
      const at = new Date(engagement.at);
      const month = (at.getUTCFullYear() - 2025) * 12 + at.getUTCMonth() - 4;
      volume[month]! += 1;
      for (const p of ps) {
        const unit = unitOf.get(p.personId);
        if (unit === pair.providerId || unit === pair.departmentId) people[month]!.add(p.personId);
      }
    }
    return { volume, breadth: people.map((s) => s.size) };
  }

  /** (business-initiated − provider-initiated) / both, over the relationship's engagements (DESIGN §3.4). */
  function initiationBalance(pair: Pair): number {
    let business = 0;
    let provider = 0;
    for (const { people } of engagementsOf(pair)) {
      const unit = unitOf.get(people.find((p) => p.role === 'initiator')!.personId);
      if (unit === pair.departmentId) business++;
      if (unit === pair.providerId) provider++;
    }
    return (business - provider) / (business + provider);
  }

  /** Share of promises that fell due and were delivered on time, per provider taking part (≥ 10 promises). */
  function promiseKeepingByProvider(): Map<string, number> {
    const kept = new Map<string, number>();
    const due = new Map<string, number>();
    for (const e of bundle.engagements) {
      if (!e.promisedBy || e.outcome === 'agreed' || e.outcome === 'open') continue;
      const onTime = e.outcome === 'delivered' && e.deliveredAt! <= e.promisedBy;
      for (const unit of new Set(peopleOf(e.id).map((p) => unitOf.get(p)!))) {
        if (!providers.has(unit)) continue;
        due.set(unit, (due.get(unit) ?? 0) + 1);
        if (onTime) kept.set(unit, (kept.get(unit) ?? 0) + 1);
      }
    }
    return new Map([...due].filter(([, n]) => n >= 10).map(([unit, n]) => [unit, (kept.get(unit) ?? 0) / n]));
  }

  /** Mean sentiment of the engagements each provider's people took part in. */
  function sentimentByProvider(): Map<string, number> {
    const sums = new Map<string, number[]>();
    for (const e of bundle.engagements) {
      if (e.sentiment === undefined) continue;
      for (const unit of new Set(peopleOf(e.id).map((p) => unitOf.get(p)!)))
        if (providers.has(unit)) sums.set(unit, [...(sums.get(unit) ?? []), e.sentiment]);
    }
    return new Map([...sums].map(([unit, s]) => [unit, mean(s)]));
  }

  /** Mean feedback score per `about` key (units joined by "|") for one dimension. */
  function feedbackScores(dimension: string): Map<string, number> {
    const scores = new Map<string, number[]>();
    for (const f of bundle.feedback) {
      if (f.dimension !== dimension) continue;
      const key = f.about.join('|');
      scores.set(key, [...(scores.get(key) ?? []), f.score]);
    }
    return new Map([...scores].map(([key, s]) => [key, mean(s)]));
  }

  /** Mean score of single-provider feedback per provider and rater's unit ("provider|unit") for one dimension. */
  function pulseByRaterUnit(dimension: string): Map<string, number> {
    const scores = new Map<string, number[]>();
    for (const f of bundle.feedback) {
      if (f.dimension !== dimension || f.about.length !== 1) continue;
      const key = `${f.about[0]}|${unitOf.get(f.personId)}`;
      scores.set(key, [...(scores.get(key) ?? []), f.score]);
    }
    return new Map([...scores].map(([key, s]) => [key, mean(s)]));
  }

  return {
    unitOf,
    pulseByRaterUnit,
    members,
    eiByDepartment,
    reach,
    reaches,
    engagementsOf,
    monthly,
    initiationBalance,
    promiseKeepingByProvider,
    sentimentByProvider,
    feedbackScores,
  };
}

export function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Least-squares slope of a series against its index. */
export function slope(values: number[]): number {
  const meanX = (values.length - 1) / 2;
  const meanY = mean(values);
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}
