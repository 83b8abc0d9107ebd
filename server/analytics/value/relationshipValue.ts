/**
 * The value of each business–provider relationship (issue 12 item 6): its initiatives' planned benefit against
 * what they realised, and the value leakage — what was due by the window end (value/accrual.ts) less what was
 * realised by then, in the benefit's own unit, and as a share of what was due. Only initiatives whose benefit
 * had started to fall due are counted. Amounts in different units (EUR, hours) are never added: each unit has
 * its sums, and the relationship's one share is the mean of its units' shares weighted by how much of their
 * initiatives' plans was due (Σ due share) — with one unit, exactly Σ(due − realised) / Σ due.
 */
import { pairKey } from '../relationship.ts';
import { dueShare } from './accrual.ts';
import { DEFAULT_VALUE_RULES, type ValueRules } from './config.ts';

/** An initiative with the benefit it realised before the window end (projection/loadInitiatives.ts). */
export interface InitiativeProgress {
  id: string;
  providerId: string;
  departmentId: string;
  name: string;
  /** ISO date. */
  startedAt: string;
  plannedBenefit: number;
  unit: string;
  /** Sum of its benefits dated before the window end. */
  realised: number;
}

export interface InitiativeValue {
  id: string;
  name: string;
  unit: string;
  planned: number;
  /** Share of the plan due at the window end, in [0, 1]. */
  dueShare: number;
  due: number;
  realised: number;
  leakage: number;
  /** leakage / due; null while nothing is due. */
  share: number | null;
}

export interface UnitAmounts {
  unit: string;
  planned: number;
  due: number;
  realised: number;
  leakage: number;
  share: number;
}

export interface RelationshipValue {
  key: string;
  providerId: string;
  departmentId: string;
  initiatives: InitiativeValue[];
  /** Initiatives whose benefit had started to fall due. */
  counted: number;
  /** Per unit over the counted initiatives, the largest planned first. */
  amounts: UnitAmounts[];
  share: number | null;
  worst: { id: string; name: string; share: number } | null;
}

export interface ValueResult {
  /** The moment the value is read at: the window end. */
  asOf: string;
  rules: ValueRules;
  relationships: RelationshipValue[];
}

export function initiativeValue(
  initiative: InitiativeProgress,
  asOf: Date,
  rules: ValueRules,
): InitiativeValue {
  const { id, name, unit, plannedBenefit: planned, realised } = initiative;
  const share = dueShare(initiative.startedAt, asOf, rules.accrualMonths);
  const due = planned * share;
  const leakage = due - realised;
  return {
    id,
    name,
    unit,
    planned,
    dueShare: share,
    due,
    realised,
    leakage,
    share: due > 0 ? leakage / due : null,
  };
}

export function relationshipValue(
  initiatives: InitiativeProgress[],
  asOf: Date,
  rules: ValueRules = DEFAULT_VALUE_RULES,
): ValueResult {
  const byPair = new Map<string, { providerId: string; departmentId: string; values: InitiativeValue[] }>();
  for (const initiative of initiatives) {
    const key = pairKey(initiative.providerId, initiative.departmentId);
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { ...initiative, values: [] }));
    entry.values.push(initiativeValue(initiative, asOf, rules));
  }
  const relationships = [...byPair].map(([key, { providerId, departmentId, values }]) =>
    summarise(key, providerId, departmentId, values),
  );
  return { asOf: asOf.toISOString(), rules, relationships };
}

function summarise(key: string, providerId: string, departmentId: string, values: InitiativeValue[]) {
  const counted = values.filter((v) => v.dueShare > 0);
  const units = new Map<string, { amounts: UnitAmounts; weight: number }>();
  for (const v of counted) {
    let entry = units.get(v.unit);
    if (!entry) {
      const amounts = { unit: v.unit, planned: 0, due: 0, realised: 0, leakage: 0, share: 0 };
      units.set(v.unit, (entry = { amounts, weight: 0 }));
    }
    entry.amounts.planned += v.planned;
    entry.amounts.due += v.due;
    entry.amounts.realised += v.realised;
    entry.amounts.leakage += v.leakage;
    entry.weight += v.dueShare;
  }
  let weighted = 0;
  let weights = 0;
  for (const { amounts, weight } of units.values()) {
    amounts.share = amounts.leakage / amounts.due;
    weighted += weight * amounts.share;
    weights += weight;
  }
  const worst = counted.reduce<InitiativeValue | null>((w, v) => (w && w.share! >= v.share! ? w : v), null);
  return {
    key,
    providerId,
    departmentId,
    initiatives: values,
    counted: counted.length,
    amounts: [...units.values()].map((u) => u.amounts).sort((a, b) => b.planned - a.planned),
    share: weights > 0 ? weighted / weights : null,
    worst: worst ? { id: worst.id, name: worst.name, share: worst.share! } : null,
  } satisfies RelationshipValue;
}
