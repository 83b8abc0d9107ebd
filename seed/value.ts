/**
 * Value in the demo org (issue 12 item 6): initiatives on about a third of the business–provider relationships,
 * each with a planned benefit (in EUR, or in hours saved) and the benefit it realised month by month after its
 * start. Most realise 80–105 % of their plan; one planted *leaking* relationship — IT serving an ordinary
 * department that has a BRM — realises about a quarter of it on two long-running EUR initiatives: the
 * relationship with the largest value leakage, whatever else the seed draws. Drawn from a stream of its own,
 * so the rows of every other section stay as they were.
 */
import { DAY, MONTHS, monthStart } from './calendar.ts';
import { plantedDepartments, type Org } from './orgModel.ts';
import type { BenefitRow, InitiativeRow, ServesRow } from '../server/schema/bundle.ts';
import type { Rng } from '../server/prng.ts';

const NAMES = [
  'Self-service portal',
  'Process automation',
  'Reporting consolidation',
  'Onboarding redesign',
  'Contract templates',
  'Workplace consolidation',
  'Data quality programme',
  'Licence optimisation',
];

export interface SeedValue {
  initiatives: InitiativeRow[];
  benefits: BenefitRow[];
  /** The relationship realising the smallest share of its planned benefit. */
  leaking: { providerId: string; departmentId: string };
}

/** Share of the relationships (other than the planted one) that have initiatives. */
const WITH_INITIATIVES = 0.35;
/** The planted relationship realises about this share of what falls due. */
const LEAKING_EFFICIENCY = 0.25;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function buildValue(org: Org, rng: Rng): SeedValue {
  const leaking = leakingRelationship(org);
  const value: SeedValue = { initiatives: [], benefits: [], leaking };
  for (const serves of org.serves) {
    const planted = serves.providerId === leaking.providerId && serves.departmentId === leaking.departmentId;
    if (planted) {
      initiative(
        value,
        serves,
        { start: 3, planned: 240_000, unit: 'EUR', efficiency: LEAKING_EFFICIENCY },
        rng,
      );
      initiative(
        value,
        serves,
        { start: 6, planned: 180_000, unit: 'EUR', efficiency: LEAKING_EFFICIENCY },
        rng,
      );
    } else if (rng.chance(WITH_INITIATIVES)) {
      for (let k = rng.int(1, 2); k > 0; k--) {
        const euros = rng.chance(0.75);
        initiative(
          value,
          serves,
          {
            // Started at least three months before the history ends: a few months of benefits to judge by.
            start: rng.int(0, MONTHS - 3),
            planned: euros ? rng.int(2, 30) * 10_000 : rng.int(4, 40) * 100,
            unit: euros ? 'EUR' : 'hours',
            efficiency: 0.8 + 0.25 * rng.float(),
          },
          rng,
        );
      }
    }
  }
  return value;
}

interface Plan {
  /** Month of the history it starts in (0 = May 2025), on the 1st. */
  start: number;
  planned: number;
  unit: string;
  /** Share of the monthly plan it realises, on average. */
  efficiency: number;
}

/** One initiative and its monthly benefits, dated the month's last day, for 12 months or to the history's end. */
function initiative(value: SeedValue, serves: ServesRow, plan: Plan, rng: Rng): void {
  const id = `init-${String(value.initiatives.length + 1).padStart(4, '0')}`;
  value.initiatives.push({
    id,
    providerId: serves.providerId,
    departmentId: serves.departmentId,
    name: NAMES[value.initiatives.length % NAMES.length]!,
    startedAt: day(monthStart(plan.start)),
    plannedBenefit: plan.planned,
    unit: plan.unit,
  });
  for (let k = 1; k <= 12 && plan.start + k <= MONTHS; k++) {
    const realised = (plan.planned / 12) * plan.efficiency * (0.9 + 0.2 * rng.float());
    value.benefits.push({
      initiativeId: id,
      at: day(monthStart(plan.start + k) - DAY),
      realised: Math.round(realised),
    });
  }
}

/** IT and the first department that carries no other planted pattern and has a BRM (else any such one). */
function leakingRelationship(org: Org): { providerId: string; departmentId: string } {
  const planted = plantedDepartments(org.planted);
  const withBrm = new Set(org.brmAssignments.map((a) => a.departmentId));
  const candidates = org.serves.filter((s) => s.providerId === 'prov-it' && !planted.has(s.departmentId));
  const pick = candidates.find((s) => withBrm.has(s.departmentId)) ?? candidates[0] ?? org.serves[0]!;
  return { providerId: pick.providerId, departmentId: pick.departmentId };
}
