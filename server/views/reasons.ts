/**
 * Flags in words: why a unit is flagged isolated (every rule that fired, with its number and threshold) and
 * why a person or tie is a single point of failure (the units that would no longer reach each other).
 */
import type { UnitSeparation } from '../analytics/brokerage/index.ts';
import type { RuleCheck, UnitIsolation } from '../analytics/silos/index.ts';

export type UnitName = (id: string) => string;

const RULES: Record<RuleCheck['rule'], (check: RuleCheck) => string> = {
  ei: (c) => `E-I index ${num(c.value)} is below ${num(c.threshold)}`,
  eiVsBaseline: (c) => `E-I is ${num(c.value)} from random mixing, below ${num(c.threshold)}`,
  reach: (c) => `members engage ${c.value} other unit(s), at most ${c.threshold}`,
  inwardMembers: (c) =>
    `${percent(c.value)} of members have no tie outside the unit (threshold ${percent(c.threshold)})`,
  providers: (c) => `engages ${c.value} provider(s), at most ${c.threshold}`,
  noBrm: () => 'has no assigned BRM',
};

export function ruleReason(check: RuleCheck): string {
  return RULES[check.rule](check);
}

export function isolationReason(unit: UnitIsolation): string {
  return `Isolated: ${unit.fired.map(ruleReason).join('; ')}.`;
}

/** "…without them, A no longer reaches B, C; D no longer reaches B." (at most `maxGroups` groups). */
export function separationReason(
  separation: UnitSeparation,
  name: UnitName,
  { subject = 'them', maxGroups = 3 }: { subject?: string; maxGroups?: number } = {},
): string {
  const list = (ids: string[]) => ids.map(name).join(', ');
  const parts = separation.groups
    .slice(0, maxGroups)
    .map(
      (group) =>
        `${list(group.units)} no longer reach${group.units.length > 1 ? '' : 'es'} ${list(group.cutFrom)}`,
    );
  const more =
    separation.groups.length > maxGroups ? ` (and ${separation.groups.length - maxGroups} more)` : '';
  return `Single point of failure: without ${subject}, ${parts.join('; ')}${more}.`;
}

function num(value: unknown): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : 'none (no ties)';
}

function percent(value: unknown): string {
  return typeof value === 'number' ? `${Math.round(value * 100)}%` : String(value);
}
