/**
 * Small independent computations on a raw bundle, for checking that the planted patterns are really in the
 * data (written here from the definitions, not with the analytics engine they will later test).
 */
import type { Bundle } from '../../server/schema/bundle.ts';

const KAPPA: Record<string, number> = { meeting: 1, transaction: 1, support: 0.5, community: 0.3 };

export function analyse(bundle: Bundle) {
  const unitOf = new Map(bundle.memberships.map((m) => [m.personId, m.unitId]));
  const byEngagement = new Map<string, string[]>();
  for (const p of bundle.participants)
    byEngagement.set(p.engagementId, [...(byEngagement.get(p.engagementId) ?? []), p.personId]);
  const kindOf = new Map(bundle.engagements.map((e) => [e.id, e.kind]));
  const departments = bundle.units.filter((u) => u.type === 'department').map((u) => u.id);
  const providers = bundle.units.filter((u) => u.type === 'provider').map((u) => u.id);

  function eiByDepartment(): Map<string, number> {
    const external = new Map<string, number>();
    const internal = new Map<string, number>();
    for (const [id, people] of byEngagement) {
      const w = KAPPA[kindOf.get(id)!]! / (people.length - 1);
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
      departments.map((d) => [
        d,
        ((external.get(d) ?? 0) - (internal.get(d) ?? 0)) / ((external.get(d) ?? 0) + (internal.get(d) ?? 0)),
      ]),
    );
  }

  /** Whether any member of the department other than `without` reaches a member of the target unit. */
  function reaches(departmentId: string, targetUnit: string, without: string | null): boolean {
    const adjacency = new Map<string, Set<string>>();
    for (const people of byEngagement.values()) {
      for (const a of people)
        for (const b of people)
          if (a !== b && a !== without && b !== without)
            adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    }
    const start = bundle.memberships
      .filter((m) => m.unitId === departmentId && m.personId !== without)
      .map((m) => m.personId);
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

  function monthlyVolume(pair: { providerId: string; departmentId: string }): number[] {
    const months = new Array(18).fill(0) as number[];
    for (const e of bundle.engagements) {
      const units = new Set(byEngagement.get(e.id)!.map((p) => unitOf.get(p)));
      if (!units.has(pair.providerId) || !units.has(pair.departmentId)) continue;
      const at = new Date(e.at);
      months[(at.getUTCFullYear() - 2025) * 12 + at.getUTCMonth() - 4]! += 1;
    }
    return months;
  }

  function promiseKeepingByProvider(): Map<string, number> {
    const kept = new Map<string, number>();
    const due = new Map<string, number>();
    for (const e of bundle.engagements) {
      if (!e.promisedBy || e.outcome === 'agreed' || e.outcome === 'open') continue;
      const onTime = e.outcome === 'delivered' && e.deliveredAt! <= e.promisedBy;
      for (const unit of new Set(byEngagement.get(e.id)!.map((p) => unitOf.get(p)!))) {
        if (!providers.includes(unit)) continue;
        due.set(unit, (due.get(unit) ?? 0) + 1);
        if (onTime) kept.set(unit, (kept.get(unit) ?? 0) + 1);
      }
    }
    return new Map([...due].filter(([, n]) => n >= 10).map(([unit, n]) => [unit, (kept.get(unit) ?? 0) / n]));
  }

  function assessedMaturity(): Map<string, number> {
    const scores = new Map<string, number[]>();
    for (const f of bundle.feedback) {
      if (f.dimension !== 'maturity') continue;
      const key = f.about.join('|');
      scores.set(key, [...(scores.get(key) ?? []), f.score]);
    }
    return new Map([...scores].map(([key, s]) => [key, s.reduce((a, b) => a + b, 0) / s.length]));
  }

  return { eiByDepartment, reaches, monthlyVolume, promiseKeepingByProvider, assessedMaturity };
}
